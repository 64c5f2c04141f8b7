import { render } from 'preact';
import { Library } from '@/components/Library';
import '@/components/reader.css';
import '@/components/library.css';

const params = new URLSearchParams(location.search);
render(
  <Library view={params.get('view') === 'tab' ? 'tab' : 'popup'} notice={params.get('notice')} />,
  document.getElementById('app')!,
);
