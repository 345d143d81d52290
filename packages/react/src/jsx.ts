/**
 * JSX `IntrinsicElements` for every `egov-*` tag, typed from its element class. Import it once for
 * its types (`import type {} from '@egov-kit/react/jsx';`) to write `<egov-text-field …>` in TSX.
 * @packageDocumentation
 */
export type { ElementProps } from './generated/jsx.js';
