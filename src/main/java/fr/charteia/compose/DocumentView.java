package fr.charteia.compose;

import java.util.List;

/**
 * Everything the templates can use, computed from a validated questionnaire. Text values are
 * escaped for Markdown when a template inserts them; booleans ({@code hasX}, {@code isX}) and
 * lists drive sections. This file is the reference for template authors (templates/README.md).
 *
 * @param unaddressedCells true when the matrix has a cell the charter does not cover (printed
 *     as forbidden, with a footnote)
 */
public record DocumentView(
        String organisation,
        String service,
        String unit,
        boolean hasUnit,
        String reference,
        String version,
        String effectiveDate,
        String reviewDate,
        Person manager,
        Person writtenBy,
        Person reviewedBy,
        Person approvedBy,
        List<String> distribution,
        boolean hasDistribution,
        List<RoleView> roles,
        boolean hasRoles,
        List<ToolView> tools,
        boolean hasTools,
        List<DataView> data,
        List<UseView> uses,
        Matrix matrix,
        boolean unaddressedCells,
        List<Grant> authorised,
        boolean hasAuthorised,
        List<Prohibition> forbidden,
        boolean hasForbidden,
        List<Reference> references,
        List<String> practices,
        boolean hasPractices,
        Incident incident,
        List<ContactView> contacts,
        List<Training> training,
        boolean hasTraining,
        List<String> medicalDevices,
        boolean usesMedicalDevice,
        List<String> supervisedRoles,
        boolean hasSupervisedClinicalUse,
        boolean producesPatientTexts,
        List<String> publicTools,
        boolean hasPublicTools) {

    /** A signatory or manager as printed: name and job title. */
    public record Person(String name, String title) {
    }

    /** A role with what it may do. */
    public record RoleView(String label, String kind, List<RoleUse> uses, boolean hasUses, boolean needsSupervision) {
    }

    /** One authorised use of a role: with which tools and data, under which conditions. */
    public record RoleUse(String use, String tools, String data, List<String> conditions, boolean hasConditions,
            boolean humanValidation, boolean supervised) {
    }

    /** A tool, how it is provided and hosted, and the data categories it may receive. */
    public record ToolView(String name, String kind, String hosting, String contract, String trainsOnInputs,
            boolean ceMarked, boolean isPublic, List<String> receives, boolean receivesSomething) {
    }

    /** A data category with its kind and examples. */
    public record DataView(String label, String kind, String examples, boolean hasExamples) {
    }

    /** A use with its family and description. */
    public record UseView(String label, String kind, String description, boolean hasDescription, boolean clinical) {
    }

    /** The tool × data matrix: data categories as columns, one row per tool. */
    public record Matrix(List<String> columns, List<MatrixRow> rows) {
    }

    /** One tool's row of statuses. */
    public record MatrixRow(String tool, List<Cell> cells) {
    }

    /**
     * A status cell: {@code status} is the class of {@code <mark class="…">} (authorised,
     * conditional, forbidden, unaddressed), {@code word} the word printed in it.
     */
    public record Cell(String status, String word) {
    }

    /** An authorised rule as the charter states it; {@code allRoles} when it names every role ("*"). */
    public record Grant(String use, String useKind, String description, boolean hasDescription, String roles,
            boolean allRoles, String tools, String data, List<String> conditions, boolean hasConditions, boolean humanValidation,
            boolean clinical, boolean supervised) {
    }

    /**
     * A forbidden entry: a combination (each part named, or "all" when left out) and/or a
     * statement, with its reason.
     */
    public record Prohibition(String use, boolean hasUse, String roles, boolean allRoles, String tools, boolean allTools,
            String data, boolean allData, boolean isCombination, String statement, boolean hasStatement,
            String reason, boolean hasReason) {
    }

    /**
     * A legal or professional reference from references.yaml: a stable id (the same in every
     * language), the official title, what to retain, and where the text is published.
     */
    public record Reference(String id, String title, String summary, String source) {
    }

    /** The department's incident procedure, or nothing when the standard one applies. */
    public record Incident(String procedure, boolean isCustom) {
    }

    /** Whom to call: role, name and details. */
    public record ContactView(String role, String name, String email, String phone, boolean hasPhone) {
    }

    /** A training or awareness action. */
    public record Training(String title, String audience, boolean hasAudience, String date, boolean hasDate) {
    }
}
