import { render } from 'preact';
import { Library } from '@/components/library/Library';
import { HighlightsView } from '@/components/library/highlights/HighlightsView';
import { preloadFirstRows } from '@/components/library/useLibraryData';

const params = new URLSearchParams(location.search);
if (params.get('view') === 'highlights') render(<HighlightsView />, document.getElementById('app')!);
else {
  // Read the first rows while the page renders: they are what the library must show first.
  preloadFirstRows();
  render(<Library notice={params.get('notice')} />, document.getElementById('app')!);
}
