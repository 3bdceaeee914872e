package org.hutong.sales.target;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TargetRepository extends JpaRepository<Target, Long> {

	List<Target> findByMetricAndYear(TargetMetric metric, int year);

	Optional<Target> findBySubjectKindAndSubjectIdAndMetricAndYearAndMonth(TargetSubject kind, long subjectId,
			TargetMetric metric, int year, int month);
}
