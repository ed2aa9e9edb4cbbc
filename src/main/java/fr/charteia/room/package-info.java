/**
 * The trainer's room ({@code serve --room}): who joined, their self-positioning before and after the
 * course, the votes on the workshops' risk situations, the trainer's review of each participant's
 * rules, satisfaction, and the room's state file in the workspace.
 */
package fr.charteia.room;
