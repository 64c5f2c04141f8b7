import { render } from 'preact';
import { Library } from '@/components/Library';
import '@/components/reader.css';
import '@/components/library.css';
import { preloadFirstRows } from '@/components/useLibraryData';

// Read the first rows while the page renders: they are what the library must show first.
preloadFirstRows();
const params = new URLSearchParams(location.search);
render(<Library notice={params.get('notice')} />, document.getElementById('app')!);
