package fr.charteia.templatecheck;

import fr.charteia.model.DocumentLanguage;
import java.nio.charset.StandardCharsets;

/**
 * Generated questionnaires that reach every part of the templates while staying valid (warnings
 * allowed, no error): the maximal one fills every optional part and uses every kind of role, tool,
 * hosting, account, DPIA status, data, data subject and use at least once; the minimal one has only
 * what the format requires, so that every « nothing declared » branch is rendered too.
 */
public final class MaximalQuestionnaire {

    private MaximalQuestionnaire() {
    }

    /** The maximal questionnaire's YAML in {@code language}. */
    public static byte[] maximal(DocumentLanguage language) {
        boolean fr = language == DocumentLanguage.FR;
        String long1 = fr ? "Relire intégralement chaque document produit, vérifier chaque chiffre, unité, dose et nom de "
                + "médicament dans la source originale, et supprimer toute information inventée avant validation."
                : "Read every document produced in full, check every figure, unit, dose and drug name against the original "
                + "source, and remove any invented information before validation.";
        return ("""
                schema: charte-ia/1
                locale: %s
                organisation:
                  name: %s
                  director: { name: Sophie Marchal, title: %s }
                  contacts:
                    dpo: { name: Claire Morvan, email: dpo@ch-exemple.fr, phone: "03 80 00 00 10" }
                    security_officer: { name: Julien Ferrand, email: rssi@ch-exemple.fr, phone: "03 80 00 00 20" }
                    ai_referent: { name: Nadia Benali, email: referent-ia@ch-exemple.fr }
                service:
                  name: %s
                  unit: %s
                  manager: { name: Hélène Garnier, title: %s }
                document:
                  reference: QUA-IA-MAX-001
                  version: "2.1"
                  effective_date: 2027-01-04
                  review_date: 2028-01-04
                  written_by: { name: Thomas Lefèvre, title: %s }
                  reviewed_by: { name: Nadia Benali, title: %s }
                  approved_by: { name: Marc Delaunay, title: %s }
                  parent_reference: DIR-IA-001
                  distribution: [%s, %s]
                roles:
                  - { id: med, label: %s, short_label: %s, kind: medical }
                  - { id: care, label: %s, short_label: %s, kind: care }
                  - { id: admin, label: %s, short_label: %s, kind: administrative }
                  - { id: lead, label: %s, short_label: %s, kind: management }
                  - { id: tech, label: %s, short_label: %s, kind: technical }
                  - { id: student, label: %s, short_label: %s, kind: student }
                tools:
                %s
                  - { id: own-app, name: %s, kind: enterprise, hosting: eu, contract: false, trains_on_inputs: unknown, ce_marked: false, account: personal }
                data:
                  - { id: patient, label: %s, kind: health_identifying, about: patients, examples: %s }
                  - { id: pseudo, label: %s, kind: health_pseudonymised, about: patients }
                  - { id: anon, label: %s, kind: anonymised, about: other }
                  - { id: staff, label: %s, kind: personal, about: staff }
                  - { id: internal, label: %s, kind: internal }
                  - { id: public, label: %s, kind: public }
                uses:
                  - { id: notes, label: %s, kind: clinical_documentation, description: %s }
                  - { id: triage, label: %s, kind: decision_support }
                  - { id: leaflets, label: %s, kind: patient_communication }
                  - { id: coding, label: %s, kind: coding }
                  - { id: drafting, label: %s, kind: drafting }
                  - { id: summaries, label: %s, kind: summarising }
                  - { id: translation, label: %s, kind: translation }
                  - { id: teaching, label: %s, kind: training }
                  - { id: research, label: %s, kind: research }
                  - { id: other, label: %s, kind: other }
                authorised:
                  - { use: notes, roles: [med, care], tools: [assistant], data: [patient], human_validation: true, conditions: [%s] }
                  - { use: triage, roles: [med], tools: [device], data: [patient], human_validation: true }
                  - { use: leaflets, roles: [med, care, student], tools: [assistant], data: [public, internal], human_validation: true }
                  - { use: coding, roles: [med, admin], tools: [assistant], data: [pseudo], human_validation: true }
                  - { use: drafting, roles: ["*"], tools: [office], data: [internal, public], human_validation: true }
                  - { use: summaries, roles: [lead], tools: [office, assistant], data: [internal, staff], human_validation: true }
                  - { use: translation, roles: [care, tech], tools: [translator], data: [public], human_validation: false }
                  - { use: teaching, roles: [student, med], tools: [office], data: [anon, public], human_validation: true }
                  - { use: research, roles: [med], tools: [chatbot], data: [public], human_validation: true }
                  - { use: other, roles: [tech], tools: [assistant], data: [internal], human_validation: true }
                forbidden:
                  - { use: triage, tools: [chatbot], reason: %s }
                  - { tools: [own-app], reason: %s }
                  - { roles: [student], data: [patient], reason: %s, statement: %s }
                  - { statement: %s }
                situations:
                  - { situation: %s, risk: %s, reflex: %s }
                  - { situation: %s, risk: %s, reflex: %s }
                practices: [%s, %s]
                incident:
                  procedure: %s
                traceability: %s
                training:
                  - { title: %s, roles: ["*"], audience: %s, date: %s }
                  - { title: %s, roles: [med, student] }
                history:
                  - { version: "1.0", date: 2026-01-05, author: Thomas Lefèvre, changes: %s }
                  - { version: "2.1", date: 2027-01-04, changes: %s }
                """).formatted(
                language.code(),
                q(fr ? "Centre hospitalier de démonstration" : "Demonstration Hospital"),
                q(fr ? "Directrice générale" : "Chief executive"),
                q(fr ? "Service de démonstration (toutes parties remplies)" : "Demonstration department (every part filled)"),
                q(fr ? "Pôle médecine – urgences" : "Medicine and emergency division"),
                q(fr ? "Cadre supérieure de santé" : "Senior nurse manager"),
                q(fr ? "Cadre de santé" : "Nurse manager"),
                q(fr ? "Référente IA de l'établissement" : "Hospital AI lead"),
                q(fr ? "Chef de service" : "Head of department"),
                q(fr ? "Tous les personnels du service" : "All staff of the department"),
                q(fr ? "Direction des soins" : "Nursing directorate"),
                q(fr ? "Médecin du service" : "Physician of the department"), q(fr ? "Médecins" : "Physicians"),
                q(fr ? "Infirmier·ère" : "Nurse"), q(fr ? "IDE" : "Nurses"),
                q(fr ? "Secrétaire médicale" : "Medical secretary"), q(fr ? "Secrétaires" : "Secretaries"),
                q(fr ? "Cadre de santé" : "Nurse manager"), q(fr ? "Cadres" : "Managers"),
                q(fr ? "Technicien biomédical" : "Biomedical technician"), q(fr ? "Techniciens" : "Technicians"),
                q(fr ? "Étudiant·e en stage" : "Student on placement"), q(fr ? "Étudiants" : "Students"),
                catalogueTools(language),
                q(fr ? "Application installée sur un téléphone personnel" : "App on a personal phone"),
                q(fr ? "Données de santé identifiantes des patients" : "Identifying patient health data"),
                q(fr ? "Dossier patient, observations, résultats" : "Patient record, notes, results"),
                q(fr ? "Extractions pseudonymisées" : "Pseudonymised extracts"),
                q(fr ? "Cas cliniques anonymisés" : "Anonymised clinical cases"),
                q(fr ? "Données personnelles des agents" : "Staff personal data"),
                q(fr ? "Documents internes du service" : "Internal documents of the department"),
                q(fr ? "Informations publiques" : "Public information"),
                q(fr ? "Rédaction des observations" : "Writing clinical notes"),
                q(fr ? "Dictée puis transcription de l'observation." : "Dictation then transcription of the note."),
                q(fr ? "Aide au tri" : "Triage support"),
                q(fr ? "Fiches d'information des patients" : "Patient information leaflets"),
                q(fr ? "Aide au codage" : "Coding support"),
                q(fr ? "Rédaction de procédures" : "Drafting procedures"),
                q(fr ? "Synthèse de documents" : "Summarising documents"),
                q(fr ? "Traduction de documents publics" : "Translating public documents"),
                q(fr ? "Supports d'enseignement" : "Teaching material"),
                q(fr ? "Veille bibliographique" : "Literature watch"),
                q(fr ? "Autres usages techniques" : "Other technical uses"),
                q(long1),
                q(fr ? "Le tri relève d'un dispositif médical marqué CE ; un chatbot grand public ne l'est pas."
                        : "Triage needs a CE-marked medical device; a public chatbot is not one."),
                q(fr ? "Un compte personnel échappe au contrat de l'établissement." : "A personal account is outside the hospital's contract."),
                q(fr ? "Les étudiants n'accèdent pas aux données identifiantes avec un outil d'IA."
                        : "Students do not use AI tools with identifying data."),
                q(fr ? "Les étudiants préparent leurs cas sur des données anonymisées." : "Students prepare their cases on anonymised data."),
                q(fr ? "Photographier un écran du dossier patient pour le soumettre à une IA."
                        : "Photographing a health record screen to submit it to an AI."),
                q(fr ? "Transmissions de nuit" : "Night handovers"), q(fr ? "Résumé erroné" : "Wrong summary"),
                q(fr ? "Relire le dossier source" : "Read the source record"),
                q(fr ? "Courrier urgent" : "Urgent letter"), q(fr ? "Erreur de posologie" : "Dosage error"),
                q(fr ? "Vérifier chaque dose" : "Check every dose"),
                q(fr ? "En cas de doute sur une donnée, la traiter comme une donnée de santé." : "When in doubt, treat data as health data."),
                q(fr ? "Signaler tout dysfonctionnement au référent IA." : "Report any malfunction to the AI lead."),
                q(fr ? "Déclarer une fiche d'événement indésirable le jour même et prévenir le cadre." : "File an incident report the same day and tell the manager."),
                q(fr ? "Tout document préparé avec une IA le mentionne dans son historique." : "Every document drafted with AI says so in its history."),
                q(fr ? "Utiliser l'IA générative de manière responsable" : "Using generative AI responsibly"),
                q(fr ? "Tous les personnels" : "All staff"), q(fr ? "premier trimestre 2027" : "first quarter of 2027"),
                q(fr ? "Prise en main de l'assistant du DPI" : "Getting started with the record's assistant"),
                q(fr ? "Première version." : "First version."),
                q(fr ? "Ajout de l'aide au tri marquée CE." : "CE-marked triage aid added."))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * More roles and more data categories than a page holds as table columns, so that the roles ×
     * uses grid and the tool × data matrix are printed as lists, with a clinical use opened to a
     * student (the « under supervision » column); and exactly one tool without a health-data
     * hosting contract, for the singular of that sentence.
     */
    public static byte[] wide(DocumentLanguage language) {
        boolean fr = language == DocumentLanguage.FR;
        return ("""
                schema: charte-ia/1
                locale: %s
                organisation:
                  name: %s
                  contacts:
                    dpo: { name: Claire Morvan, email: dpo@ch-exemple.fr }
                    security_officer: { name: Julien Ferrand, email: rssi@ch-exemple.fr }
                service:
                  name: %s
                  manager: { name: Hélène Garnier, title: %s }
                document:
                  reference: QUA-IA-WIDE-001
                  version: "1.0"
                  effective_date: 2027-01-04
                  review_date: 2028-01-04
                  written_by: { name: Thomas Lefèvre, title: %s }
                  reviewed_by: { name: Nadia Benali, title: %s }
                  approved_by: { name: Marc Delaunay, title: %s }
                roles:
                  - { id: senior, label: %s, kind: medical }
                  - { id: resident, label: %s, kind: medical }
                  - { id: midwife, label: %s, kind: medical }
                  - { id: nurse, label: %s, kind: care }
                  - { id: aide, label: %s, kind: care }
                  - { id: secretary, label: %s, kind: administrative }
                  - { id: manager, label: %s, kind: management }
                  - { id: technician, label: %s, kind: technical }
                  - { id: student, label: %s, kind: student }
                tools:
                  - { id: assistant, name: %s, kind: institutional, hosting: on_premise, contract: true, trains_on_inputs: false, ce_marked: false, account: professional, dpia: done, record: true, patient_notice: true }
                  - { id: office, name: %s, kind: enterprise, hosting: eu, contract: true, trains_on_inputs: false, ce_marked: false, account: professional, dpia: not_required, record: true }
                data:
                  - { id: record, label: %s, kind: health_identifying, about: patients }
                  - { id: reports, label: %s, kind: health_identifying, about: patients }
                  - { id: extracts, label: %s, kind: health_pseudonymised, about: patients }
                  - { id: cases, label: %s, kind: anonymised, about: patients }
                  - { id: rota, label: %s, kind: personal, about: staff }
                  - { id: appraisals, label: %s, kind: personal, about: staff }
                  - { id: procedures, label: %s, kind: internal }
                  - { id: minutes, label: %s, kind: internal }
                  - { id: public, label: %s, kind: public }
                uses:
                  - { id: notes, label: %s, kind: clinical_documentation }
                  - { id: drafting, label: %s, kind: drafting }
                  - { id: coding, label: %s, kind: coding }
                  - { id: teaching, label: %s, kind: training }
                  - { id: summaries, label: %s, kind: summarising }
                authorised:
                  - { use: notes, roles: [senior, resident, midwife, nurse, student], tools: [assistant], data: [record, reports], human_validation: true }
                  - { use: drafting, roles: ["*"], tools: [office], data: [procedures, minutes, public], human_validation: true }
                  - { use: coding, roles: [secretary, senior], tools: [assistant], data: [extracts], human_validation: true }
                  - { use: teaching, roles: [student, senior], tools: [office], data: [cases], human_validation: true }
                  - { use: summaries, roles: [manager], tools: [office], data: [rota, appraisals], human_validation: true }
                """).formatted(language.code(),
                q(fr ? "Centre hospitalier de démonstration" : "Demonstration Hospital"),
                q(fr ? "Maternité (beaucoup de fonctions et de données)" : "Maternity (many roles and data)"),
                q(fr ? "Cadre de santé" : "Nurse manager"), q(fr ? "Cadre de santé" : "Nurse manager"),
                q(fr ? "Référente IA" : "AI lead"), q(fr ? "Chef de service" : "Head of department"),
                q(fr ? "Médecin senior" : "Senior physician"), q(fr ? "Interne" : "Resident"),
                q(fr ? "Sage-femme" : "Midwife"), q(fr ? "Infirmier·ère" : "Nurse"),
                q(fr ? "Aide-soignant·e" : "Nursing assistant"), q(fr ? "Secrétaire médicale" : "Medical secretary"),
                q(fr ? "Cadre de santé" : "Nurse manager"), q(fr ? "Technicien" : "Technician"),
                q(fr ? "Étudiant·e" : "Student"),
                q(fr ? "Assistant IA de l'établissement" : "The hospital's AI assistant"),
                q(fr ? "Suite bureautique avec assistant" : "Office suite with assistant"),
                q(fr ? "Dossier patient" : "Patient record"), q(fr ? "Comptes rendus" : "Reports"),
                q(fr ? "Extractions pseudonymisées" : "Pseudonymised extracts"),
                q(fr ? "Cas anonymisés" : "Anonymised cases"), q(fr ? "Plannings" : "Rotas"),
                q(fr ? "Entretiens annuels" : "Appraisals"), q(fr ? "Procédures" : "Procedures"),
                q(fr ? "Comptes rendus de réunion" : "Meeting minutes"), q(fr ? "Informations publiques" : "Public information"),
                q(fr ? "Rédaction des observations" : "Writing clinical notes"), q(fr ? "Rédaction" : "Drafting"),
                q(fr ? "Aide au codage" : "Coding support"), q(fr ? "Supports d'enseignement" : "Teaching material"),
                q(fr ? "Synthèses" : "Summaries"))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Only what the format requires, and one statement so that the charter is not empty. */
    public static byte[] minimal(DocumentLanguage language) {
        boolean fr = language == DocumentLanguage.FR;
        return ("""
                schema: charte-ia/1
                locale: %s
                organisation:
                  name: %s
                  contacts:
                    dpo: { name: Claire Morvan, email: dpo@ch-exemple.fr }
                    security_officer: { name: Julien Ferrand, email: rssi@ch-exemple.fr }
                service:
                  name: %s
                  manager: { name: Hélène Garnier, title: %s }
                document:
                  reference: QUA-IA-MIN-001
                  version: "1.0"
                  effective_date: 2027-01-04
                  review_date: 2028-01-04
                  written_by: { name: Thomas Lefèvre, title: %s }
                  reviewed_by: { name: Nadia Benali, title: %s }
                  approved_by: { name: Marc Delaunay, title: %s }
                forbidden:
                  - { statement: %s }
                """).formatted(language.code(),
                q(fr ? "Centre hospitalier de démonstration" : "Demonstration Hospital"),
                q(fr ? "Service minimal" : "Minimal department"),
                q(fr ? "Cadre de santé" : "Nurse manager"), q(fr ? "Cadre de santé" : "Nurse manager"),
                q(fr ? "Référente IA" : "AI lead"), q(fr ? "Chef de service" : "Head of department"),
                q(fr ? "Utiliser un outil d'IA générative pour une tâche du service." : "Using a generative AI tool for the department's work."))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Five tools of every kind, hosting, account and impact-assessment status but a personal account,
     * as YAML list items: the maximal questionnaire declares them, and the maximal establishment has
     * them in its catalogue, identical, so that a department naming it redefines nothing.
     */
    static String catalogueTools(DocumentLanguage language) {
        boolean fr = language == DocumentLanguage.FR;
        return ("""
                  - { id: chatbot, name: %s, short_name: Chatbot, kind: public, hosting: unknown, contract: false, trains_on_inputs: unknown, ce_marked: false, account: none, dpia: not_required, record: false }
                  - { id: office, name: %s, short_name: Copilot, kind: enterprise, hosting: eu, contract: true, trains_on_inputs: false, ce_marked: false, account: professional, dpia: in_progress, record: true }
                  - { id: assistant, name: %s, kind: institutional, hosting: on_premise, contract: true, trains_on_inputs: false, ce_marked: false, account: professional, dpia: done, record: true, patient_notice: true }
                  - { id: device, name: %s, short_name: Triage CE, kind: medical_device, hosting: hds, contract: true, trains_on_inputs: false, ce_marked: true, account: professional, dpia: done, record: true, patient_notice: true }
                  - { id: translator, name: %s, kind: enterprise, hosting: outside_eu, contract: true, trains_on_inputs: true, ce_marked: false, account: professional, dpia: unknown, record: false }
                """).stripTrailing().formatted(
                q(fr ? "Chatbot grand public utilisé sans compte" : "Public chatbot used without an account"),
                q(fr ? "Suite bureautique avec assistant (compte professionnel)" : "Office suite with assistant (work account)"),
                q(fr ? "Assistant IA de l'établissement intégré au DPI" : "The hospital's AI assistant in the health record"),
                q(fr ? "Aide au tri marquée CE" : "CE-marked triage aid"),
                q(fr ? "Service de traduction hébergé hors de l'Union européenne" : "Translation service hosted outside the EU"));
    }

    /** A YAML double-quoted scalar. */
    static String q(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
