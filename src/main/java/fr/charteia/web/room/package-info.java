/**
 * The pages of the trainer's room: the participants' (join, self-positioning, situations, satisfaction,
 * downloads) under {@code /salle}, and the trainer's (dashboard, review of each participant's rules,
 * situations, report and archive, closing) under {@code /formateur}.
 */
package fr.charteia.web.room;
