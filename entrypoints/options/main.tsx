import { render } from 'preact';
import { OptionsPage } from '@/components/OptionsPage';
import '@/components/reader.css';
import '@/components/reader-chrome.css';
import '@/components/reader-article.css';
import './options.css';

render(<OptionsPage />, document.getElementById('app')!);
