// A labelled progress bar for long steps (reading, importing, exporting a file):
// the native <progress> element, so screen readers announce it, with the share as
// text beside it. Without a share it shows work under way.
export function ProgressBar({ label, done }: { label: string; done?: number }) {
  const percent = done === undefined ? undefined : Math.round(done * 100);
  return (
    <div className="hl-progress" role="status">
      <span>
        {label}
        {percent === undefined ? '' : ` ${percent}%`}
      </span>
      <progress aria-label={label} max={100} {...(percent === undefined ? {} : { value: percent })} />
    </div>
  );
}
