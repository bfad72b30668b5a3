package org.onecity.catalog;

import org.onecity.shared.Texts;

/**
 * One step of an agency's chain of command: who an overdue request goes to, and how many hours
 * after its due date.
 */
public record EscalationLevel(int level, String role, Texts title, String person, int delayHours) {
}
