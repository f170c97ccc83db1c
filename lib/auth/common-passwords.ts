// Passwords that appear near the top of every leaked-password list, plus the long ones people
// reach for when told "at least 12 characters". Shorter entries are kept because a reader may
// pad them ("password1234"): the check also strips trailing digits and punctuation.
// Client-safe: the sign-up form checks the same list before submitting.

const COMMON_PASSWORDS: readonly string[] = [
  "123456", "123456789", "12345678", "12345", "1234567", "1234567890", "123123", "111111",
  "000000", "654321", "666666", "121212", "112233", "123321", "987654321", "159753",
  "password", "passw0rd", "p@ssword", "p@ssw0rd", "pass", "passwort", "motdepasse", "contrasena",
  "qwerty", "qwertyuiop", "qwerty123", "qwertyui", "asdfgh", "asdfghjkl", "zxcvbnm", "azerty",
  "1q2w3e4r", "1q2w3e4r5t", "1q2w3e4r5t6y", "1qaz2wsx", "1qaz2wsx3edc", "zaq12wsx", "qazwsx",
  "qazwsxedc", "q1w2e3r4", "q1w2e3r4t5y6", "abc123", "abcd1234", "abcdef", "abcdefg", "abcdefgh",
  "aa123456", "a123456", "a1b2c3d4", "iloveyou", "iloveyou1", "loveyou", "lovely", "princess",
  "sunshine", "shadow", "monkey", "dragon", "master", "letmein", "welcome", "welcome1", "login",
  "admin", "administrator", "root", "toor", "changeme", "default", "secret", "trustno1",
  "football", "baseball", "basketball", "soccer", "hockey", "superman", "batman", "spiderman",
  "starwars", "pokemon", "charlie", "michael", "jennifer", "jessica", "michelle", "daniel",
  "thomas", "jordan", "hunter", "ranger", "buster", "tigger", "ginger", "pepper", "cookie",
  "cheese", "chocolate", "summer", "winter", "autumn", "spring", "flower", "freedom",
  "whatever", "nothing", "computer", "internet", "google", "samsung", "apple", "microsoft",
  "mustang", "ferrari", "corvette", "harley", "matrix", "killer", "soccer1", "hello", "hello123",
  "helloworld", "test", "test123", "testing", "tester", "guest", "user", "demo", "sample",
  "qwerty12345", "password1", "password12", "password123", "password1234", "password12345",
  "passwordpassword", "mypassword", "newpassword", "yourpassword", "strongpassword",
  "supersecret", "topsecret", "secretpassword", "letmein123", "welcome123", "welcometo",
  "iloveyou123", "iloveyouforever", "trustnoone", "ilovemyself", "myspace", "facebook",
  "instagram", "linkedin", "twitter", "youtube", "netflix", "minecraft", "fortnite", "roblox",
  "qwertyqwerty", "asdfasdf", "asdfasdfasdf", "zxcvbnmasdf", "qweasdzxc", "qweasd",
  "1234qwer", "qwer1234", "123qwe", "123qweasd", "123qweasdzxc", "123abc", "abc12345",
  "aaaaaa", "aaaaaaaaaaaa", "abcabcabcabc", "123123123", "123123123123", "111111111111", "123456789012",
  "000000000000", "123456123456", "123456654321", "121212121212", "112233445566",
  "147258369", "147258369258", "159357", "1122334455", "0987654321", "9876543210",
  "correcthorse", "opensesame", "letmeinnow", "goodmorning", "goodnight", "happydays",
  "blink182", "metallica", "liverpool", "arsenal", "chelsea", "manchester", "barcelona",
  "newyork", "london", "paris", "berlin", "america", "canada", "australia", "england",
  "masthead", "mastheadnews", "newspaper", "journalist", "editor", "reporter",
];

const COMMON = new Set(COMMON_PASSWORDS);

/**
 * True for a password on the list, ignoring case and a short run of trailing digits or
 * punctuation ("Password1234!"). A long tail ("dragon847261930") is a real password, not padding.
 */
export function isCommonPassword(password: string): boolean {
  const lowered = password.toLowerCase();
  if (COMMON.has(lowered)) return true;
  const stem = lowered.replace(/(?<![\d\W_])[\d\W_]{1,6}$/u, "");
  return stem.length > 0 && COMMON.has(stem);
}

export const COMMON_PASSWORD_COUNT = COMMON.size;
