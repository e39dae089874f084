import { startSample } from '@/src/ui/welcome/sample';
import '@/src/ui/welcome/sample.css';

void startSample(document);
