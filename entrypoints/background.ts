import { defineBackground } from 'wxt/utils/define-background';
import { openWelcomeOnInstall } from '@/src/background/welcome';

export default defineBackground(() => {
  openWelcomeOnInstall();
});
