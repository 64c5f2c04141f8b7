import { render } from 'preact';
import { SavedReader } from '@/components/SavedReader';
import '@/components/reader.css';
import '@/components/reader-chrome.css';
import '@/components/reader-article.css';
import '@/components/reader-print.css';
import './reader-page.css';

const id = new URLSearchParams(location.search).get('id') ?? '';
render(<SavedReader id={id} />, document.getElementById('app')!);
