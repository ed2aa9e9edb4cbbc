package fr.charteia.document;

/** A person of the cartouche: who wrote, reviewed or approved the document. */
public record Signatory(String name, String title) {
}
