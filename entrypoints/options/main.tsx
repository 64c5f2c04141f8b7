import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/components/shared/theme.css';
import '@/components/reader/reader-chrome.css';
import '@/components/reader/article/reader-article.css';
import '@/components/options/options.css';

render(<OptionsPage />, document.getElementById('app')!);
