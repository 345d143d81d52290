import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const fileUploadStyles = css`
  .dropzone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-3')};
    padding: ${token('space-4')};
    background: ${token('color-surface-muted')};
    border: ${token('border-width')} dashed ${token('color-border')};
    border-radius: ${token('radius-m')};
  }
  .dropzone.dragging {
    background: ${token('color-info-surface')};
    border-style: solid;
    border-color: ${token('color-primary')};
    outline: ${token('focus-ring-width')} solid ${token('color-primary')};
  }
  .invalid .dropzone {
    border-color: ${token('color-error')};
  }
  button {
    min-block-size: ${token('target-size')};
    padding: ${token('space-2')} ${token('space-4')};
    font: inherit;
    color: ${token('color-on-secondary')};
    background: ${token('color-secondary')};
    border: ${token('border-width')} solid ${token('color-border')};
    border-radius: ${token('radius-s')};
    cursor: pointer;
  }
  button:hover {
    background: ${token('color-secondary-hover')};
  }
  button:disabled {
    cursor: not-allowed;
    color: ${token('color-disabled')};
  }
  .limits {
    margin: ${token('space-2')} 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-s')};
  }
  .files {
    margin: ${token('space-3')} 0 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: ${token('space-1')} ${token('space-3')};
    align-items: center;
    padding: ${token('space-3')} 0;
    border-block-end: 1px solid ${token('color-border-subtle')};
  }
  .file-name {
    font-weight: ${token('font-weight-bold')};
    overflow-wrap: anywhere;
  }
  .file-meta {
    grid-column: 1;
    color: ${token('color-text-muted')};
  }
  .file.failed .file-meta, .file.cancelled .file-meta {
    color: ${token('color-error')};
    font-weight: ${token('font-weight-bold')};
  }
  .file.done .file-meta {
    color: ${token('color-success')};
  }
  .file-actions {
    grid-column: 2;
    grid-row: 1 / span 3;
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }
  progress {
    grid-column: 1;
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: ${token('color-primary')};
  }
`;
