import { render } from 'preact';
import { Library } from '@/components/library/Library';
import { preloadFirstRows } from '@/components/library/useLibraryData';

// Read the first rows while the page renders: they are what the library must show first.
preloadFirstRows();
const params = new URLSearchParams(location.search);
render(<Library notice={params.get('notice')} />, document.getElementById('app')!);
