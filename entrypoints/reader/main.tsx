import { render } from 'preact';
import { SavedReader } from '@/components/reader/saved/SavedReader';

const id = new URLSearchParams(location.search).get('id') ?? '';
render(<SavedReader id={id} />, document.getElementById('app')!);
