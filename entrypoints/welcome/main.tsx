import { render } from 'preact';
import { Welcome } from '@/src/ui/welcome/Welcome';
import '@/src/ui/shared/base.css';
import '@/src/ui/welcome/welcome.css';

render(<Welcome />, document.getElementById('app')!);
