package fr.charteia.templatecheck;

import static fr.charteia.templatecheck.MaximalQuestionnaire.q;

import fr.charteia.model.DocumentLanguage;
import java.nio.charset.StandardCharsets;

/**
 * Generated establishment baselines ({@code charte-ia-etablissement/1}) that reach every part of the
 * establishment charter while staying valid: the maximal one fills every optional part (consultations
 * with and without a date, a catalogue with every tool property, prohibitions on every data, use and
 * role kind, with reasons and statements, practices, incident, training, reference pattern, history,
 * AI referent, director); the minimal one has only what the format requires. The maximal department
 * can name the maximal baseline: their common tools are identical, its parent reference is the
 * baseline's, and no prohibition covers what the department authorises.
 */
public final class MaximalEstablishment {

    /** The name the maximal baseline is written under, beside the folder of the departments naming it. */
    static final String MAXIMAL_FILE = "etablissement-maximal.yaml";

    private MaximalEstablishment() {
    }

    /** The maximal establishment baseline's YAML in {@code language}. */
    public static byte[] maximal(DocumentLanguage language) {
        boolean fr = language == DocumentLanguage.FR;
        return ("""
                schema: charte-ia-etablissement/1
                locale: %s
                organisation:
                  name: %s
                  director: { name: Sophie Marchal, title: %s }
                  contacts:
                    dpo: { name: Claire Morvan, email: dpo@ch-exemple.fr, phone: "03 80 00 00 10" }
                    security_officer: { name: Julien Ferrand, email: rssi@ch-exemple.fr, phone: "03 80 00 00 20" }
                    ai_referent: { name: Nadia Benali, email: referent-ia@ch-exemple.fr }
                document:
                  reference: DIR-IA-001
                  version: "2.0"
                  effective_date: 2027-01-04
                  review_date: 2028-01-04
                  written_by: { name: Isabelle Roux, title: %s }
                  reviewed_by: { name: Nadia Benali, title: %s }
                  approved_by: { name: Sophie Marchal, title: %s }
                  distribution: [%s, %s]
                consultations:
                  - { body: %s, date: 2026-11-17 }
                  - { body: %s }
                tools:
                %s
                  - { id: phone-app, name: %s, short_name: %s, kind: public, hosting: outside_eu, contract: false, trains_on_inputs: true, ce_marked: false, account: personal, dpia: not_required, record: false, patient_notice: false }
                forbidden:
                  - { tools: [chatbot, phone-app], data_kinds: [health_identifying, health_pseudonymised, personal, internal], reason: %s }
                  - { tools: [office, translator], data_kinds: [health_identifying, health_pseudonymised], reason: %s }
                  - { tools: [chatbot, office, translator], use_kinds: [decision_support, clinical_documentation, patient_communication, coding], reason: %s, statement: %s }
                  - { use_kinds: [decision_support], data_kinds: [health_identifying], role_kinds: [student, administrative, technical], reason: %s, statement: %s }
                  - { tools: [device], use_kinds: [drafting, summarising, translation, training, research, other], data_kinds: [anonymised, public], role_kinds: [medical, care, management], reason: %s }
                  - { statement: %s }
                practices: [%s, %s]
                incident:
                  procedure: %s
                training:
                  - { title: %s, audience: %s, date: %s }
                  - { title: %s }
                reference_pattern: QUA-IA-{SERVICE}-{NNN}
                history:
                  - { version: "1.0", date: 2026-01-05, author: Isabelle Roux, changes: %s }
                  - { version: "2.0", date: 2027-01-04, changes: %s }
                """).formatted(
                language.code(),
                q(fr ? "Centre hospitalier de démonstration" : "Demonstration Hospital"),
                q(fr ? "Directrice générale" : "Chief executive"),
                q(fr ? "Responsable qualité" : "Quality manager"),
                q(fr ? "Référente IA de l'établissement" : "Hospital AI lead"),
                q(fr ? "Directrice générale" : "Chief executive"),
                q(fr ? "Tous les services" : "All departments"),
                q(fr ? "Présidence de la CME" : "Chair of the medical committee"),
                q(fr ? "Comité social d'établissement (CSE)" : "Staff committee (CSE)"),
                q(fr ? "Commission médicale d'établissement (CME)" : "Medical committee (CME)"),
                MaximalQuestionnaire.catalogueTools(language),
                q(fr ? "Application d'IA installée sur un téléphone personnel" : "AI app on a personal phone"),
                q(fr ? "Application mobile" : "Mobile app"),
                q(fr ? "Aucun contrat ne couvre ces outils, qui peuvent conserver les saisies."
                        : "No contract covers these tools, which may keep what is typed."),
                q(fr ? "Pas de contrat d'hébergement de données de santé pour ces outils." : "No health data hosting contract for these tools."),
                q(fr ? "Ces usages exigent un outil intégré au dossier patient ou un dispositif médical marqué CE."
                        : "These uses need a tool within the health record or a CE-marked medical device."),
                q(fr ? "Les documents cliniques se rédigent avec l'assistant du DPI." : "Clinical documents are written with the record's assistant."),
                q(fr ? "La décision clinique reste médicale." : "Clinical decisions stay medical."),
                q(fr ? "Seuls les médecins et les soignants prennent part au tri." : "Only physicians and carers take part in triage."),
                q(fr ? "Un dispositif médical ne sert qu'à son usage clinique." : "A medical device serves its clinical use only."),
                q(fr ? "Utiliser un outil d'IA pour reconnaître les émotions des agents sur leur lieu de travail."
                        : "Using an AI tool to recognise staff emotions at work."),
                q(fr ? "En cas de doute sur une donnée, la traiter comme une donnée de santé identifiante."
                        : "When in doubt, treat data as identifying health data."),
                q(fr ? "Demander l'avis du référent IA avant d'essayer un outil hors catalogue." : "Ask the AI lead before trying a tool outside the catalogue."),
                q(fr ? "Déclarer une fiche d'événement indésirable le jour même ; pour une fuite de données, alerter le DPO et le RSSI."
                        : "File an incident report the same day; for a data leak, alert the DPO and the security officer."),
                q(fr ? "Sensibilisation aux règles de la charte" : "Awareness of the charter's rules"),
                q(fr ? "Tous les agents, à l'arrivée" : "All staff, on arrival"),
                q(fr ? "en continu" : "ongoing"),
                q(fr ? "Utiliser l'IA générative de manière responsable" : "Using generative AI responsibly"),
                q(fr ? "Première version du socle." : "First version of the baseline."),
                q(fr ? "Ajout de l'aide au tri marquée CE au catalogue." : "CE-marked triage aid added to the catalogue."))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Only what the format requires: no catalogue, no prohibition, no consultation, no history. */
    public static byte[] minimal(DocumentLanguage language) {
        boolean fr = language == DocumentLanguage.FR;
        return ("""
                schema: charte-ia-etablissement/1
                locale: %s
                organisation:
                  name: %s
                  contacts:
                    dpo: { name: Claire Morvan, email: dpo@ch-exemple.fr }
                    security_officer: { name: Julien Ferrand, email: rssi@ch-exemple.fr }
                document:
                  reference: DIR-IA-MIN-001
                  version: "1.0"
                  effective_date: 2027-01-04
                  review_date: 2028-01-04
                  written_by: { name: Isabelle Roux, title: %s }
                  reviewed_by: { name: Nadia Benali, title: %s }
                  approved_by: { name: Sophie Marchal, title: %s }
                """).formatted(language.code(),
                q(fr ? "Centre hospitalier minimal" : "Minimal Hospital"),
                q(fr ? "Responsable qualité" : "Quality manager"),
                q(fr ? "Référente IA" : "AI lead"),
                q(fr ? "Directrice générale" : "Chief executive"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The minimal baseline with a catalogue of one tool that may not receive health data, for the
     * singular of that sentence.
     */
    public static byte[] oneTool(DocumentLanguage language) {
        boolean fr = language == DocumentLanguage.FR;
        String minimal = new String(minimal(language), StandardCharsets.UTF_8);
        return (minimal.replace("DIR-IA-MIN-001", "DIR-IA-ONE-001") + """
                tools:
                  - { id: copilot, name: %s, short_name: Copilot, kind: enterprise, hosting: eu, contract: true, trains_on_inputs: false, ce_marked: false, account: professional, dpia: done, record: true }
                """.formatted(q(fr ? "Suite bureautique avec assistant (compte professionnel)" : "Office suite with assistant (work account)")))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The maximal questionnaire naming the maximal baseline, written in {@link #MAXIMAL_FILE} one folder up. */
    public static byte[] maximalDepartment(DocumentLanguage language) {
        String yaml = new String(MaximalQuestionnaire.maximal(language), StandardCharsets.UTF_8);
        return yaml.replaceFirst("(?m)^(locale: *[a-z]+)$", "$1\nbaseline: ../" + MAXIMAL_FILE)
                .getBytes(StandardCharsets.UTF_8);
    }
}
