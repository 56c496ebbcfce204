/**
 * Toolbar icons as inline SVG (no icon font, no remote assets). Drawn on a 20×20 grid with
 * currentColor so they follow the theme. Decorative: buttons carry their own accessible names.
 */
import type { ReactElement } from 'react';

const paths: Record<string, ReactElement> = {
  select: <path d="M5 3l10 7-4.5 1.2L13 16l-2 1-2.5-4.8L5 15z" fill="currentColor" stroke="none" />,
  entry: (
    <>
      <circle cx="10" cy="10" r="5.5" />
      <circle cx="10" cy="10" r="1.6" fill="currentColor" />
    </>
  ),
  thread: (
    <>
      <path d="M3.5 16.5c3-1 5-3.5 6.5-6.5s3.5-5 6-6" />
      <path d="M12.5 3.8l3.6.2-.9 3.4" />
      <circle cx="3.5" cy="16.5" r="1.6" fill="currentColor" />
    </>
  ),
  edit: (
    <>
      <path d="M3.5 15l5-7 4 3 4-7" />
      <rect x="6.8" y="6.3" width="3.4" height="3.4" fill="currentColor" />
      <rect x="11" y="9.3" width="3.4" height="3.4" className="icon-knockout" />
    </>
  ),
  undo: <path d="M7 5L3.5 8.5 7 12M4 8.5h7.5a4.5 4.5 0 010 9H9" />,
  redo: <path d="M13 5l3.5 3.5L13 12M16 8.5H8.5a4.5 4.5 0 000 9H11" />,
  mirror: (
    <>
      <path d="M10 2.5v15" strokeDasharray="2 1.6" />
      <path d="M8 5.5L3 15h5zM12 5.5l5 9.5h-5z" />
    </>
  ),
  duplicate: (
    <>
      <rect x="3.5" y="3.5" width="9" height="9" rx="1.2" />
      <rect x="7.5" y="7.5" width="9" height="9" rx="1.2" className="icon-knockout" />
    </>
  ),
  delete: <path d="M4 5.5h12M8 5.5V3.8h4v1.7M5.5 5.5l.8 11h7.4l.8-11M8.5 8.5v5.5M11.5 8.5v5.5" />,
  zoomIn: (
    <>
      <circle cx="8.5" cy="8.5" r="5" />
      <path d="M12.2 12.2L17 17M6 8.5h5M8.5 6v5" />
    </>
  ),
  zoomOut: (
    <>
      <circle cx="8.5" cy="8.5" r="5" />
      <path d="M12.2 12.2L17 17M6 8.5h5" />
    </>
  ),
  fit: <path d="M3 7.5V3h4.5M12.5 3H17v4.5M17 12.5V17h-4.5M7.5 17H3v-4.5M7 7h6v6H7z" />,
  actual: (
    <>
      <path d="M3.5 6.5L5.5 5v10" />
      <circle cx="9.8" cy="10" r="0.4" fill="currentColor" />
      <path d="M12 6.5L14 5v10" />
    </>
  ),
  turnLeft: <path d="M12 4.5L6.5 10l5.5 5.5" />,
  turnRight: <path d="M8 4.5l5.5 5.5L8 15.5" />,
  layers: <path d="M10 3l7 3.8-7 3.8-7-3.8zM3 10.2l7 3.8 7-3.8M3 13.6l7 3.8 7-3.8" />,
  help: (
    <>
      <circle cx="10" cy="10" r="7" />
      <path d="M7.8 8a2.3 2.3 0 014.4.7c0 1.6-2.2 1.9-2.2 3.3" />
      <circle cx="10" cy="14.6" r="0.5" fill="currentColor" />
    </>
  ),
  newFile: <path d="M5 2.8h6.5L15 6.3v10.9H5zM11.3 2.8v3.7H15M10 9v5.5M7.3 11.8h5.4" />,
  open: <path d="M2.8 15.8V4.5h4.7l1.6 1.8h7.6v2.4M2.8 15.8L5 8.7h13l-2.3 7.1z" />,
  save: (
    <>
      <path d="M3.5 3.5h10.4l2.6 2.6v10.4h-13z" />
      <path d="M6.5 3.5v4h6v-4M6.5 16.5v-5h7v5" />
    </>
  ),
  exportPdf: <path d="M5 2.8h6.5L15 6.3v10.9H5zM11.3 2.8v3.7H15M10 8.5v6M7.5 12l2.5 2.5 2.5-2.5" />,
  sun: (
    <>
      <circle cx="10" cy="10" r="3.4" />
      <path d="M10 2.5v2M10 15.5v2M2.5 10h2M15.5 10h2M4.7 4.7l1.4 1.4M13.9 13.9l1.4 1.4M4.7 15.3l1.4-1.4M13.9 6.1l1.4-1.4" />
    </>
  ),
};

export type IconName = keyof typeof paths;

export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg
      className="icon"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {paths[name]}
    </svg>
  );
}
