package org.onecity.imports.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * When requests happen: more on weekdays than weekends, more in summer, few at night except noise,
 * which peaks late evening; and how long they take to close (log-normal around a fraction of the SLA).
 */
public final class Seasons {

    /** Share of a day's requests per hour, 311-like: quiet at night, busiest in the morning. */
    private static final double[] DAY = {1.2, 0.8, 0.6, 0.5, 0.5, 0.8, 1.6, 3.2, 5.6, 7.0, 7.4, 7.2, 6.8, 6.8, 6.6,
        6.2, 5.8, 5.2, 4.6, 4.0, 3.4, 2.8, 2.2, 1.6};
    /** Noise complaints: evenings and nights. */
    private static final double[] NIGHT = {8.5, 7.5, 5.5, 3.5, 2.0, 1.0, 0.6, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0,
        2.4, 2.8, 3.4, 4.2, 5.0, 6.2, 7.8, 9.6, 10.4};
    private static final double[] DAY_CUM = cumulative(DAY);
    private static final double[] NIGHT_CUM = cumulative(NIGHT);

    private Seasons() {
    }

    /** Relative volume of a day: weekday/weekend and a summer peak (about ±15 % over the year). */
    public static double dayWeight(LocalDate d) {
        double week = switch (d.getDayOfWeek()) {
            case SATURDAY -> 0.82;
            case SUNDAY -> 0.74;
            case MONDAY -> 1.12;
            default -> 1.05;
        };
        double season = 1 + 0.15 * Math.cos(2 * Math.PI * (d.getDayOfYear() - 200) / 365.25);
        return week * season * (d.getDayOfWeek() == DayOfWeek.FRIDAY ? 0.98 : 1.0);
    }

    /** Seconds after midnight for a request of the kind. */
    public static int secondOfDay(SplittableRandom random, boolean noise) {
        double[] cum = noise ? NIGHT_CUM : DAY_CUM;
        double u = random.nextDouble();
        int hour = 0;
        while (hour < 23 && cum[hour] < u) {
            hour++;
        }
        return hour * 3600 + random.nextInt(3600);
    }

    /** Hours to close: log-normal with median half the SLA (at least 15 minutes), spread sigma 1. */
    public static double hoursToClose(SplittableRandom random, int slaHours) {
        double median = Math.max(0.25, slaHours / 2.0);
        return median * Math.exp(gaussian(random));
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double[] cumulative(double[] w) {
        double total = 0;
        for (double x : w) {
            total += x;
        }
        double[] c = new double[w.length];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i] / total;
            c[i] = sum;
        }
        return c;
    }
}
