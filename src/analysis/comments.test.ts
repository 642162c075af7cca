import { describe, expect, it } from 'vitest';
import { commentsForGroup, maskPersonalDetails } from './comments';

describe('masking personal details', () => {
  it('masks email addresses', () => {
    expect(maskPersonalDetails('email me at sam.o-neill+vru@example.co.uk please')).toBe('email me at [email] please');
    expect(maskPersonalDetails('A.B_7@mail.example.org, or Jo99@example.com.')).toBe('[email], or [email].');
  });

  it('masks UK phone numbers however they are grouped', () => {
    for (const phone of [
      '07700 900123',
      '07700900123',
      '07700 900 123',
      '+44 7700 900123',
      '+447700900123',
      '+44 (0)7700 900123',
      '0044 7700 900123',
      '01843 123456',
      '(01843) 123 456',
      '01843-123-456',
      '020 7946 0000',
      '0113 496 0000',
    ]) {
      expect(maskPersonalDetails(`ring ${phone} after school`), phone).toBe('ring [phone] after school');
    }
    expect(maskPersonalDetails('call 07700 900123, 2019')).toBe('call [phone], 2019');
  });

  it('masks UK postcodes in any case and spacing', () => {
    for (const postcode of ['CT9 1XZ', 'ct91xz', 'CT9  1XZ', 'SW1A 1AA', 'CT11 9PB', 'M1 1AE', 'ec1a1bb']) {
      expect(maskPersonalDetails(`near ${postcode}.`), postcode).toBe('near [postcode].');
    }
  });

  it('masks all three in one comment', () => {
    expect(maskPersonalDetails('I live at CT9 1XZ, text 07700 900456 or jo@example.com')).toBe(
      'I live at [postcode], text [phone] or [email]',
    );
  });

  it('leaves ordinary numbers, times and words alone', () => {
    for (const text of [
      'it happened in 2019',
      'open 24 hours',
      'every day from 10 2pm till late',
      'after Y11 3pm', // looks like an outward code, but M is never an inward letter
      'about 1500 people, 0 police',
      'on 03/05/2019 at 23:30',
      'bus 9 to Ramsgate, route 8A',
      'aged 16-17, 3 times this year',
      'the A28 at 11pm',
      'call 999',
      'ref 0123 45', // a leading 0 but far too few digits for a phone
      '012345678901234', // far too many
      '@ the harbour',
    ]) {
      expect(maskPersonalDetails(text), text).toBe(text);
    }
  });

  it('leaves markup as typed: inertness is the renderer’s job', () => {
    const html = '[INVENTED] <img src=x onerror=alert(1)>';
    expect(maskPersonalDetails(html)).toBe(html);
  });
});

describe('comments for a group', () => {
  const comments = ['scary at night, ring 07700 900123', '', '   ', 'lights are out near CT9 1XZ'];

  it('withholds every comment below the minimum group size', () => {
    expect(commentsForGroup(comments, 4)).toEqual({ shown: [], withheld: true });
    expect(commentsForGroup(comments, 9, 10)).toEqual({ shown: [], withheld: true });
  });

  it('shows the written comments masked from the minimum up', () => {
    expect(commentsForGroup(comments, 5)).toEqual({
      shown: ['scary at night, ring [phone]', 'lights are out near [postcode]'],
      withheld: false,
    });
  });

  it('can show them unmasked', () => {
    expect(commentsForGroup(comments, 5, 5, false)).toEqual({
      shown: ['scary at night, ring 07700 900123', 'lights are out near CT9 1XZ'],
      withheld: false,
    });
  });
});
