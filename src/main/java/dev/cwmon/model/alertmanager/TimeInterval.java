package dev.cwmon.model.alertmanager;

import dev.cwmon.model.Required;
import java.util.List;

/** A named set of time ranges for mute_time_intervals and active_time_intervals. */
public record TimeInterval(@Required String name, List<Period> timeIntervals) {
  public TimeInterval {
    timeIntervals = List.copyOf(timeIntervals);
  }

  /** One period: times of day, weekdays, days of month, months and years, in a location. */
  public record Period(
      List<TimeRange> times,
      List<String> weekdays,
      List<String> daysOfMonth,
      List<String> months,
      List<String> years,
      String location) {
    public Period {
      times = List.copyOf(times);
      weekdays = List.copyOf(weekdays);
      daysOfMonth = List.copyOf(daysOfMonth);
      months = List.copyOf(months);
      years = List.copyOf(years);
    }
  }

  /** A time of day range, {@code HH:MM} to {@code HH:MM}. */
  public record TimeRange(@Required String startTime, @Required String endTime) {}
}
