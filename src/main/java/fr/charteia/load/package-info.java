/**
 * Reading a questionnaire: strict YAML or JSON into the {@code model} records, with bounded input,
 * shape problems at their line and « did you mean » for unknown keys. Depends on {@code model} only.
 */
package fr.charteia.load;
