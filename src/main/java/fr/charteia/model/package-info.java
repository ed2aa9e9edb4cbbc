/**
 * The questionnaire as immutable records, format {@code charte-ia/1}: the first stage, which every
 * other one reads. Depends only on Jackson and Jakarta Validation annotations.
 */
package fr.charteia.model;
