package fr.guichet.simulator;

/** The simulated API checks {@code recipient} as API Particulier v3 does: a SIRET, 14 digits, Luhn keys. */
final class SiretKeys {

    private SiretKeys() {
    }

    static boolean valid(String siret) {
        return siret.matches("\\d{14}") && luhn(siret.substring(0, 9)) && luhn(siret);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
