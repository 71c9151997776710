// Hover: plain-language explanations of the element under the cursor (filled in from the reference data).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import type { ReferenceData } from '../data/types';
import type { TrustPolicy } from './document';
import type { ServiceOptions } from './types';

export function doHover(_doc: TextDocument, _policy: TrustPolicy, _position: Position, _data: ReferenceData, _options: ServiceOptions): Hover | null {
  return null;
}
