package fr.charteia.validation;

/** The stable codes of the rule catalogue (design.md §4); documents, tests and users refer to them. */
public enum RuleCode {
    Q_SCHEMA("Q-SCHEMA"),
    Q_DUPLICATE("Q-DUPLICATE"),
    Q_REF("Q-REF"),
    Q_CONTRA("Q-CONTRA"),
    Q_EMPTY("Q-EMPTY"),
    D_PUBLIC_PERSONAL("D-PUBLIC-PERSONAL"),
    D_HEALTH_HOSTING("D-HEALTH-HOSTING"),
    D_TRAINING("D-TRAINING"),
    D_TRANSFER("D-TRANSFER"),
    C_MEDICAL_DEVICE("C-MEDICAL-DEVICE"),
    C_HUMAN("C-HUMAN"),
    C_ROLE("C-ROLE"),
    D_MINIMISATION("D-MINIMISATION"),
    G_TRAINING("G-TRAINING"),
    G_CONTACTS("G-CONTACTS"),
    /** Checked beside the file, not in the catalogue: the logo is read from the questionnaire's folder. */
    G_LOGO("G-LOGO"),
    G_DATES("G-DATES"),
    G_UNUSED("G-UNUSED"),
    P_PERSONAL_TEXT("P-PERSONAL-TEXT"),
    D_ACCOUNT("D-ACCOUNT"),
    D_DPIA("D-DPIA"),
    D_PATIENT_DATA("D-PATIENT-DATA"),
    G_TRAINING_ROLE("G-TRAINING-ROLE"),
    G_PLACEHOLDER("G-PLACEHOLDER"),
    /** The establishment baseline a department names cannot be used: missing, outside the tree, unreadable, invalid. */
    B_BASELINE("B-BASELINE"),
    B_LOOSEN("B-LOOSEN"),
    B_TOOL("B-TOOL"),
    B_OVERRIDE("B-OVERRIDE"),
    /** A department reference that does not follow the baseline's {@code reference_pattern}. */
    B_REFERENCE("B-REFERENCE");

    private final String code;

    RuleCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
