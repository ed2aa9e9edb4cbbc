package fr.charteia.compose;

import java.util.List;

/**
 * Everything the templates can use, computed from a validated questionnaire. Text values are
 * escaped for Markdown when a template inserts them; booleans ({@code hasX}, {@code isX}) and
 * lists drive sections. Values meant for running text are already phrased for it (« le Dr … »,
 * labels without their capital, lists joined with « et », « ni »…): templates only place them.
 * This file is the reference for template authors (templates/README.md).
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
        String parentReference,
        boolean hasParentReference,
        Person manager,
        Person writtenBy,
        Person reviewedBy,
        Person approvedBy,
        Person director,
        boolean hasDirector,
        List<String> distribution,
        boolean hasDistribution,
        List<RoleView> roles,
        String roleList,
        boolean hasRoles,
        List<ToolView> tools,
        boolean hasTools,
        List<String> unusedTools,
        boolean hasUnusedTools,
        ToolGroup patientDataTools,
        ToolGroup noHealthDataTools,
        List<DataView> data,
        boolean hasData,
        List<UseView> uses,
        Matrix matrix,
        RoleGrid roleGrid,
        List<Grant> authorised,
        boolean hasAuthorised,
        boolean allHumanValidation,
        List<SheetUse> sheetUses,
        List<Prohibition> forbidden,
        boolean hasForbidden,
        List<Situation> situations,
        boolean hasOwnSituations,
        List<Reference> references,
        String referenceSources,
        List<String> practices,
        boolean hasPractices,
        Incident incident,
        List<ContactView> contacts,
        List<Training> training,
        boolean hasTraining,
        String traceability,
        boolean hasTraceability,
        String medicalDevices,
        boolean usesMedicalDevice,
        String supervisedRoles,
        boolean hasSupervisedClinicalUse,
        boolean producesPatientTexts,
        String publicTools,
        boolean hasPublicTools,
        boolean hasHealthData,
        Refs refs,
        boolean hasBaseline,
        BaselineView baseline,
        List<HistoryRow> history,
        boolean hasHistory) {

    /**
     * A signatory or manager: {@code name} and {@code title} as written (cartouche, tables),
     * {@code inText} and {@code titleInText} for running text (« le Dr Marc Delaunay », « chef de
     * service »).
     */
    public record Person(String name, String title, String inText, String titleInText) {
    }

    /** A role: its label, the short form used in tables and on the sheet, and its kind. */
    public record RoleView(String label, String shortLabel, String kind) {
    }

    /**
     * A tool as the tools table presents it: {@code name} is the name the documents use everywhere
     * else (the short name when there is one), {@code fullName} the name as declared; then how it is
     * provided, hosted and reached, and the data-protection facts a DPO must find.
     */
    public record ToolView(String name, String fullName, boolean hasShortName, String kind, String hosting,
            String contract, String trainsOnInputs, String account, String dpia, String record, String patientNotice,
            boolean ceMarked, boolean isPublic, List<String> receives, boolean receivesSomething, String origin,
            boolean hasOrigin) {
    }

    /** Some tools named together in running text (« Assistant DPI et Dictée HDS »), and whether there are any. */
    public record ToolGroup(String names, boolean any, boolean several) {
    }

    /** A data category with its kind, whom it is about, and examples. */
    public record DataView(String label, String kind, String about, boolean hasAbout, String examples,
            boolean hasExamples) {
    }

    /** A use with its family and description. */
    public record UseView(String label, String kind, String description, boolean hasDescription, boolean clinical) {
    }

    /**
     * The tool × data matrix: data categories as columns, one row per tool, and the legend of the
     * statuses the matrix uses, and of those only. With more categories than a page holds as
     * columns ({@link WideTables}), {@code listed} is true, {@code columns} and {@code rows} are
     * empty and {@code byTool} gives each tool's categories by status instead.
     */
    public record Matrix(List<String> columns, List<MatrixRow> rows, List<LegendEntry> legend, boolean listed,
            List<ToolStatuses> byTool) {
    }

    /**
     * One tool's line of a matrix printed as a list: the data categories it may receive freely,
     * under conditions, never (each a list ready for a table cell). Categories no rule settles are
     * not listed: the legend says they are not provided for, hence forbidden.
     */
    public record ToolStatuses(String tool, String authorised, String conditional, String forbidden) {
    }

    /** One tool's row of statuses. */
    public record MatrixRow(String tool, List<Cell> cells) {
    }

    /**
     * A status cell: {@code status} is the class of {@code <mark class="…">} (authorised,
     * conditional, forbidden, unaddressed), {@code word} the word printed in it; {@code marked} is
     * false for a cell that says nothing (an empty cell of the roles × uses grid).
     */
    public record Cell(String status, String word, boolean marked) {
    }

    /** A status word and what it means, for a legend under a matrix. */
    public record LegendEntry(String word, String meaning, boolean last) {
    }

    /**
     * Who may do what: the roles' short labels as columns, one row per authorised use. With more
     * roles than a page holds as columns ({@link WideTables}), {@code listed} is true,
     * {@code columns} and {@code rows} are empty and {@code byUse} lists each use's roles instead.
     */
    public record RoleGrid(List<String> columns, List<GridRow> rows, boolean hasSupervision, boolean listed,
            List<UseRoles> byUse) {
    }

    /** One use's line of a grid printed as a list: the roles it is opened to freely, and under supervision. */
    public record UseRoles(String use, String authorised, String supervised) {
    }

    /** One use's row of the roles × uses grid. */
    public record GridRow(String use, List<Cell> cells) {
    }

    /**
     * An authorised entry as the charter's table states it: the use, who, with what tools and data
     * (lists ready for a table cell), its conditions as one text, and the human validation mark
     * when not every entry has it (otherwise it is said once, above the table).
     */
    public record Grant(String use, String useKind, String roles, boolean allRoles, String tools, String data,
            String conditions, boolean hasConditions, boolean humanValidation, boolean markValidation,
            boolean clinical, boolean supervised) {
    }

    /**
     * One line of the sheet's « what I may do »: an authorised use once, with every role that may
     * use it (short forms, those under supervision said apart), and whether results are validated.
     */
    public record SheetUse(String use, String roles, boolean humanValidation) {
    }

    /**
     * A forbidden entry, phrased: {@code subject} (the use, the tools or the roles it is about, or
     * « tout outil d'IA ») then {@code rule} (what is forbidden, with its role and tool limits),
     * or a plain {@code statement}; with its reason.
     */
    public record Prohibition(boolean isCombination, String subject, String rule, String statement,
            boolean hasStatement, String reason, boolean hasReason) {
    }

    /** A risk situation of the department, or a typical one from the catalogue. */
    public record Situation(String situation, String risk, String reflex) {
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

    /** A training or awareness action: for whom (its audience, else the roles it names, else everyone) and when. */
    public record Training(String title, String audience, String date, boolean hasDate) {
    }

    /**
     * Where things are, for texts that name a section (the common partials): the section numbers of
     * the document being made, and who is told first. {@code department} is false in the
     * establishment charter, whose texts send the reader to the department's charter instead. A
     * section the document does not have is empty (a department charter with a baseline leaves
     * verification, data protection and the new-tool procedure to the establishment charter).
     *
     * @param responsible whom a user tells first, phrased for running text (« le Dr … », « son responsable »)
     */
    public record Refs(boolean department, String tools, String uses, String forbidden, String risks,
            String verification, String dataProtection, String newTool, String contacts, String training,
            String governance, String responsible) {

        /** A department charter without baseline: every section of its own. */
        static Refs department(String responsible) {
            return new Refs(true, "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", responsible);
        }

        /** A department charter that applies an establishment charter: only what is the department's. */
        static Refs departmentWithBaseline(String responsible) {
            return new Refs(true, "2", "3", "4", "5", "", "", "", "6", "7", "8", responsible);
        }

        /** The establishment charter. */
        static Refs establishment(String responsible) {
            return new Refs(false, "4", "", "5", "6", "7", "8", "9", "10", "11", "12", responsible);
        }
    }

    /**
     * The establishment charter a department charter applies: its reference and version, where its
     * common parts are ({@code refs}), and its prohibitions phrased for this department (its own
     * data, uses and roles of the kinds a prohibition names). Empty values without a baseline.
     *
     * @param ownIncident whether the department wrote its own incident procedure rather than inheriting the establishment's
     */
    public record BaselineView(String organisation, String reference, String version, Refs refs,
            List<Prohibition> prohibitions, boolean hasProhibitions, boolean ownIncident) {

        static BaselineView none() {
            return new BaselineView("", "", "", Refs.establishment(""), List.of(), false, false);
        }
    }

    /**
     * A line of the version table: the version, its date in words, its author when given, and what
     * changed as one text for a table cell.
     */
    public record HistoryRow(String version, String date, String author, boolean hasAuthor, String changes) {
    }
}
