package org.quizmarker.common;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import org.quizmarker.jobs.ImageStatus;
import org.quizmarker.jobs.JobStatus;
import org.quizmarker.jobs.JobType;

/**
 * Stores the life-cycle enums under their lower-case wire names, so the database reads like the API
 * ({@code status = 'queued'}) for whoever queries it by hand.
 */
public final class WireEnumConverters {
  private WireEnumConverters() {}

  abstract static class Lowercase<E extends Enum<E>> implements AttributeConverter<E, String> {
    private final Class<E> type;

    Lowercase(Class<E> type) {
      this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
      return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public E convertToEntityAttribute(String column) {
      return column == null ? null : Enum.valueOf(type, column.toUpperCase(Locale.ROOT));
    }
  }

  @Converter(autoApply = true)
  public static class JobStatusConverter extends Lowercase<JobStatus> {
    public JobStatusConverter() {
      super(JobStatus.class);
    }
  }

  @Converter(autoApply = true)
  public static class JobTypeConverter extends Lowercase<JobType> {
    public JobTypeConverter() {
      super(JobType.class);
    }
  }

  @Converter(autoApply = true)
  public static class ImageStatusConverter extends Lowercase<ImageStatus> {
    public ImageStatusConverter() {
      super(ImageStatus.class);
    }
  }
}
