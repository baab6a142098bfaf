#include "extract/confidence_calibration.h"

#include <doctest/doctest.h>

using kg::extract::calibrated_confidence;

TEST_CASE("calibrated_confidence maps the rules' scores onto the measured share of right statements") {
  CHECK(calibrated_confidence(0.45) == doctest::Approx(0.60));
  CHECK(calibrated_confidence(0.55) == doctest::Approx(0.85));
  CHECK(calibrated_confidence(0.70) == doctest::Approx(0.9167).epsilon(0.001));
  // Monotone, within (0, 1), and defined outside [0, 1].
  double previous = calibrated_confidence(0.0);
  for (double raw = 0.01; raw <= 1.0; raw += 0.01) {
    const double calibrated = calibrated_confidence(raw);
    CHECK(calibrated >= previous);
    CHECK(calibrated > 0.0);
    CHECK(calibrated < 1.0);
    previous = calibrated;
  }
  CHECK(calibrated_confidence(-1.0) == calibrated_confidence(0.0));
  CHECK(calibrated_confidence(2.0) == calibrated_confidence(1.0));
}
