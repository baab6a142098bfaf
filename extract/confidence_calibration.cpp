#include "extract/confidence_calibration.h"

#include <algorithm>
#include <array>
#include <utility>

namespace kg::extract {

double calibrated_confidence(double rule_confidence) {
  // (rules' confidence, share right), fitted as the header says.
  static constexpr std::array<std::pair<double, double>, 7> kPoints{{
      {0.0, 0.10}, {0.45, 0.60}, {0.50, 0.70}, {0.55, 0.85}, {0.60, 0.91}, {0.75, 0.92}, {1.0, 0.97}}};
  const double x = std::clamp(rule_confidence, 0.0, 1.0);
  for (std::size_t i = 1; i < kPoints.size(); ++i)
    if (x <= kPoints[i].first) {
      const auto [x0, y0] = kPoints[i - 1];
      const auto [x1, y1] = kPoints[i];
      return y0 + (y1 - y0) * (x - x0) / (x1 - x0);
    }
  return kPoints.back().second;
}

}  // namespace kg::extract
