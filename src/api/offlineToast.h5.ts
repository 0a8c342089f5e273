const SHOWN_MS = 2500;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * h5: a toast of our own, in the middle of the screen like WeChat's, read out by screen readers
 * (role=status). Taro's h5 toast would bring its whole dialog module (~8 KB gzip) into the first
 * load for this one message. 18 px: large enough in elder mode too.
 */
export function showOfflineToast(message: string): void {
  let toast = document.getElementById('mq-offline-toast');
  if (!toast) {
    toast = document.createElement('div');
    toast.id = 'mq-offline-toast';
    toast.setAttribute('role', 'status');
    toast.style.cssText = [
      'position:fixed',
      'left:50%',
      'top:45%',
      'transform:translate(-50%,-50%)',
      'z-index:5000',
      'max-width:70vw',
      'padding:14px 20px',
      'border-radius:8px',
      'background:rgba(17,17,17,0.8)',
      'color:#fff',
      'font-size:18px',
      'line-height:1.5',
      'text-align:center',
    ].join(';');
    document.body.appendChild(toast);
  }
  toast.textContent = message;
  toast.hidden = false;
  clearTimeout(hideTimer);
  hideTimer = setTimeout(() => {
    if (toast) toast.hidden = true;
  }, SHOWN_MS);
}
