import { render } from 'preact';
import { OptionsPage } from '@/components/OptionsPage';
import '@/components/reader.css';
import '@/components/library.css';

render(<OptionsPage />, document.getElementById('app')!);
