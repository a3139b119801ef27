/**
 * The report's colours and marker shapes: one colour and d3-shape symbol per sweep value (the
 * Okabe-Ito colour-blind-safe palette), one colour per profile. Markers are SVG path strings
 * centred on (0, 0).
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { Profile } from '../../analyses/sweepResult.js';

const SWEEP_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#000000'];
const SWEEP_SYMBOLS: readonly SymbolType[] = [
  symbolCircle,
  symbolSquare,
  symbolTriangle,
  symbolDiamond,
  symbolCross,
  symbolStar,
  symbolWye,
];

export interface SweepStyle {
  readonly colour: string;
  /** Marker path centred on (0, 0). */
  readonly marker: string;
}

/** The colour and marker of the i-th sweep value (cycling after seven; shapes and colours shift apart). */
export function sweepStyle(index: number, markerArea = 46): SweepStyle {
  const shape = SWEEP_SYMBOLS[(index + Math.floor(index / SWEEP_COLOURS.length)) % SWEEP_SYMBOLS.length];
  return {
    colour: SWEEP_COLOURS[index % SWEEP_COLOURS.length],
    marker: symbol(shape, markerArea).digits(2)() ?? '',
  };
}

/** The order figure: a model's rank range across orders, and its rank under the canonical order
 *  (the colours of the first two sweep values, the canonical rank a diamond). */
export const ORDER_RANGE_COLOUR = SWEEP_COLOURS[0];
export const ORDER_CANONICAL: SweepStyle = {
  colour: SWEEP_COLOURS[1],
  marker: symbol(symbolDiamond, 46).digits(2)() ?? '',
};

export const PROFILE_ORDER: readonly Profile[] = ['robust generalist', 'aggressive specialist', 'in between', 'weak'];

export const PROFILE_COLOURS: Readonly<Record<Profile, string>> = {
  'robust generalist': '#1B7F5F',
  'aggressive specialist': '#C2410C',
  'in between': '#7C6BB0',
  weak: '#7A7A7A',
};

/** CSS class suffix for a profile: "robust-generalist". */
export function profileClass(profile: Profile): string {
  return profile.replace(/ /g, '-');
}
