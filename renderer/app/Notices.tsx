/** The banners above every view: read-only state, startup notices, the last error and the last confirmation. */
interface Props {
  notices: string[];
  /** why the data folder is open read-only: shown for as long as the window is open */
  readOnly: string | null;
  error: string;
  message: string;
  onClearNotices(): void;
  onClearError(): void;
  onClearMessage(): void;
}

export function Notices({ notices, readOnly, error, message, onClearNotices, onClearError, onClearMessage }: Props) {
  return (
    <>
      {readOnly && (
        <div class="notice error-banner read-only-banner" role="alert">
          <p>只读：{readOnly}</p>
        </div>
      )}
      {notices.length > 0 && (
        <div class="notice" role="alert">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button onClick={onClearNotices}>知道了</button>
        </div>
      )}
      {error && (
        <div class="notice error-banner" role="alert">
          <p>{error}</p>
          <button onClick={onClearError}>关闭</button>
        </div>
      )}
      {message && (
        <div class="notice" role="status">
          <p>{message}</p>
          <button onClick={onClearMessage}>知道了</button>
        </div>
      )}
    </>
  );
}
