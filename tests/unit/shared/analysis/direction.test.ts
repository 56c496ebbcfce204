import { describe, expect, it } from 'vitest';
import { pullDirection, pullDirectionText } from '../../../../shared/analysis/direction';

describe('pullDirection', () => {
  it('reads an elevation from the lateral horizontal as degrees above/below plus the lean', () => {
    expect(pullDirection(30)).toEqual({ degrees: 30, vertical: 'above', horizontal: 'laterally' });
    expect(pullDirection(120)).toEqual({ degrees: 60, vertical: 'above', horizontal: 'medially' });
    expect(pullDirection(-96)).toEqual({ degrees: 84, vertical: 'below', horizontal: 'medially' });
    expect(pullDirection(90)).toEqual({ degrees: 90, vertical: 'above', horizontal: 'straight' });
  });

  it('says the same angle a gravity-direction finding states', () => {
    expect(pullDirectionText(-96)).toBe('84° below the horizontal, pointing medially');
    expect(pullDirectionText(-90)).toBe('90° below the horizontal (straight down)');
    expect(pullDirectionText(45)).toBe('45° above the horizontal, pointing laterally');
  });

  it('says straight up for a pull at exactly 90 degrees above, and straight down below', () => {
    expect(pullDirectionText(90)).toBe('90° above the horizontal (straight up)');
    expect(pullDirectionText(-90)).toBe('90° below the horizontal (straight down)');
  });

  it('reads an exactly horizontal pull as 0 degrees above the horizontal, and any downward tilt as below', () => {
    expect(pullDirection(0)).toEqual({ degrees: 0, vertical: 'above', horizontal: 'laterally' });
    expect(pullDirectionText(0)).toBe('0° above the horizontal, pointing laterally');
    expect(pullDirection(-1e-9).vertical).toBe('below');
  });
});
