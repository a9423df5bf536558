package org.quizmarker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.quizmarker.platform.Jsonp;

/**
 * Turns a job's images into its result, one entry per image in upload order, in the shape the Flask
 * prototype's clients read: {@code data.handwritten_content} (the full OCR text), {@code
 * question_count}, then what the structured reading holds (student, answers, grade).
 */
@ApplicationScoped
public class ResultAssembler {

  @Inject GradeBook gradeBook;

  /** The result of an upload; with a quiz, each graded image also has its grade and decisions. */
  public List<ImageResult> assemble(Job job, List<JobImage> images) {
    Map<Long, JsonObject> grades =
        job.getQuizId() == null
            ? Map.of()
            : gradeBook.gradesForJob(job.getQuizId(), gradeSource(job));
    return images.stream().map(i -> entry(i, grades.get(i.getId()))).toList();
  }

  /** A grading job grades the images of the upload it names. */
  static java.util.UUID gradeSource(Job job) {
    return job.getSourceJobId() != null ? job.getSourceJobId() : job.getId();
  }

  static ImageResult entry(JobImage image, JsonObject grade) {
    if (image.getStatus() != ImageStatus.COMPLETED) {
      return new ImageResult(image.getFilename(), image.getStatus().wire(), null, image.getError());
    }
    JsonObjectBuilder data = Jsonp.createObjectBuilder();
    data.add("handwritten_content", image.getOcrText() == null ? "" : image.getOcrText());
    data.add("question_count", image.getQuestionCount() == null ? 0 : image.getQuestionCount());
    if (image.getConfidence() != null) {
      data.add("confidence", Math.round(image.getConfidence() * 10) / 10.0);
    }
    if (image.getProcessingMs() != null) {
      data.add("processing_ms", image.getProcessingMs());
    }
    if (image.getReading() != null && !image.getReading().isBlank()) {
      try (JsonReader reader = Jsonp.createReader(new StringReader(image.getReading()))) {
        reader
            .readObject()
            .forEach(
                (k, v) -> {
                  if (k.equals("answers") && v.getValueType() == JsonValue.ValueType.ARRAY) {
                    data.add(k, withoutLattices(v.asJsonArray()));
                  } else if (!k.equals("unparsed_lines")) {
                    data.add(k, v);
                  }
                });
      }
    }
    if (grade != null) {
      grade.forEach(data::add); // "grade", and "answers" with each decision
    }
    JsonObject built = data.build();
    return new ImageResult(image.getFilename(), ImageStatus.COMPLETED.wire(), built, null);
  }

  /**
   * The answers without their readings' lattices: stored for regrading, meaningless to a client.
   */
  static JsonArray withoutLattices(JsonArray answers) {
    JsonArrayBuilder out = Jsonp.createArrayBuilder();
    for (JsonValue answer : answers) {
      JsonObject a = answer.asJsonObject();
      if (!a.containsKey("readings")) {
        out.add(a);
        continue;
      }
      JsonArrayBuilder readings = Jsonp.createArrayBuilder();
      for (JsonValue r : a.getJsonArray("readings")) {
        readings.add(Jsonp.createObjectBuilder(r.asJsonObject()).remove("lattice"));
      }
      out.add(Jsonp.createObjectBuilder(a).add("readings", readings));
    }
    return out.build();
  }
}
