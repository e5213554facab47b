/** Verifications that tell a real identity or card number from a figure of the same shape. */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A real calendar day (the birth date inside an ID number). */
function isDay(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** An 18-digit 居民身份证号码 (GB 11643-1999): a real birth date and the ISO 7064 MOD 11-2 check character. */
export function isIdNumber18(s: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(s)) return false;
  if (!isDay(Number(s.slice(6, 10)), Number(s.slice(10, 12)), Number(s.slice(12, 14)))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11] === s[17].toUpperCase();
}

/** The old 15-digit form (no check character): a real birth date in 19yy. */
export function isIdNumber15(s: string): boolean {
  if (!/^\d{15}$/.test(s)) return false;
  return isDay(1900 + Number(s.slice(6, 8)), Number(s.slice(8, 10)), Number(s.slice(10, 12)));
}

/** A bank card number: 16–19 digits (spaces and hyphens ignored) passing the Luhn check. */
export function isBankCard(s: string): boolean {
  const digits = s.replace(/[ -]/g, '');
  if (!/^\d{16,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
