/** Check-digit rules from shared/research/domain.md §2.6, each verified against its published fixtures. */

export function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

/** NHS (and CHI) mod 11: weights 10..2 over the first nine digits; 11 → 0, 10 → invalid. */
export function mod11Valid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

/** A CHI number starts with the date of birth as DDMMYY. */
export function chiDateValid(digits: string): boolean {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ'; // 23 letters: A–Z without I, O and S

/** Unique pupil number: the first letter is the sum of position × value (positions 2–13) mod 23. */
export function upnValid(upn: string): boolean {
  const text = upn.toUpperCase();
  if (!/^[A-Z]\d{12}$/.test(text)) return false;
  const sum = [...text.slice(1)].reduce((total, char, index) => total + Number(char) * (index + 2), 0);
  return UPN_LETTERS[sum % 23] === text[0];
}

export const NINO_PATTERN =
  /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi;
export const SSN_PATTERN = /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g;
export const POSTCODE_PATTERN =
  /\b(GIR ?0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9](?:[0-9ABEHMNPRV-Y])?|[0-9][A-HJKPS-UW]) ?[0-9][ABD-HJLNP-UW-Z]{2})\b/gi;
