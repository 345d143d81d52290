import { css } from 'lit';

export const fileUploadStyles = css`
  .dropzone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--egov-space-3, 0.75rem);
    padding: var(--egov-space-4, 1rem);
    background: var(--egov-color-surface-muted, #f3f5f7);
    border: var(--egov-border-width, 2px) dashed var(--egov-color-border, #5f646c);
    border-radius: var(--egov-radius-m, 4px);
  }
  .dropzone.dragging {
    background: var(--egov-color-info-surface, #e8f1fb);
    border-style: solid;
    border-color: var(--egov-color-primary, #0b5cad);
    outline: var(--egov-focus-ring-width, 3px) solid var(--egov-color-primary, #0b5cad);
  }
  .invalid .dropzone {
    border-color: var(--egov-color-error, #b3261e);
  }
  button {
    min-block-size: var(--egov-target-size, 2.75rem);
    padding: var(--egov-space-2, 0.5rem) var(--egov-space-4, 1rem);
    font: inherit;
    color: var(--egov-color-on-secondary, #0b2e52);
    background: var(--egov-color-secondary, #e8eef5);
    border: var(--egov-border-width, 2px) solid var(--egov-color-border, #5f646c);
    border-radius: var(--egov-radius-s, 2px);
    cursor: pointer;
  }
  button:hover {
    background: var(--egov-color-secondary-hover, #d3dfec);
  }
  button:disabled {
    cursor: not-allowed;
    color: var(--egov-color-disabled, #757a82);
  }
  .limits {
    margin: var(--egov-space-2, 0.5rem) 0;
    color: var(--egov-color-text-muted, #4f545c);
    font-size: var(--egov-font-size-s, 0.875rem);
  }
  .files {
    margin: var(--egov-space-3, 0.75rem) 0 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--egov-space-1, 0.25rem) var(--egov-space-3, 0.75rem);
    align-items: center;
    padding: var(--egov-space-3, 0.75rem) 0;
    border-block-end: 1px solid var(--egov-color-border-subtle, #c9ced6);
  }
  .file-name {
    font-weight: var(--egov-font-weight-bold, 700);
    overflow-wrap: anywhere;
  }
  .file-meta {
    grid-column: 1;
    color: var(--egov-color-text-muted, #4f545c);
  }
  .file.failed .file-meta, .file.cancelled .file-meta {
    color: var(--egov-color-error, #b3261e);
    font-weight: var(--egov-font-weight-bold, 700);
  }
  .file.done .file-meta {
    color: var(--egov-color-success, #13703a);
  }
  .file-actions {
    grid-column: 2;
    grid-row: 1 / span 3;
    display: flex;
    flex-wrap: wrap;
    gap: var(--egov-space-2, 0.5rem);
  }
  progress {
    grid-column: 1;
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--egov-color-primary, #0b5cad);
  }
`;
