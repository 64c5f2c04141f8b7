import { render } from 'preact';
import { SavedReader } from '@/components/reader/saved/SavedReader';
import '@/components/shared/theme.css';
import '@/components/reader/reader-chrome.css';
import '@/components/reader/article/reader-article.css';
import '@/components/reader/reader-print.css';
import '@/components/reader/saved/reader-page.css';

const id = new URLSearchParams(location.search).get('id') ?? '';
render(<SavedReader id={id} />, document.getElementById('app')!);
