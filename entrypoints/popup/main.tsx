import { render } from 'preact';
import { Popup } from '@/src/ui/popup/Popup';
import '@/src/ui/shared/base.css';

render(<Popup />, document.getElementById('app')!);
