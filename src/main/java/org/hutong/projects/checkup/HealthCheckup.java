package org.hutong.projects.checkup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.projects.health.HealthFacts;
import org.hutong.projects.health.HealthRules;
import org.hutong.projects.project.ProjectJudgements;
import org.hutong.projects.project.ProjectJudgements.Judgement;
import org.hutong.projects.project.ProjectJudgements.UnderWay;
import org.hutong.projects.task.OpenTaskCounts;
import org.hutong.projects.task.OpenTaskCounts.Counts;
import org.hutong.web.EnterpriseZone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges the 健康度 of a batch of projects and keeps it on them: the facts of all of them are read in
 * one query per kind (the gate ahead from the project row, task counts grouped by project), never
 * per project, so the nightly round over an enterprise costs a few queries per 500 projects.
 * Projects that have ended lose their light.
 */
@Service
@Transactional
public class HealthCheckup {

	static final int BATCH = 500;

	private final ProjectJudgements judgements;

	private final OpenTaskCounts tasks;

	private final Clock clock;

	HealthCheckup(ProjectJudgements judgements, OpenTaskCounts tasks, Clock clock) {
		this.judgements = judgements;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** Judges these projects of the enterprise (ended ones are cleared); answers how many it judged. */
	public int judge(long tenantId, Collection<Long> projectIds) {
		List<UnderWay> underWay = judgements.underWay(tenantId, projectIds);
		Set<Long> ended = new HashSet<>(projectIds);
		underWay.forEach(project -> ended.remove(project.id()));
		ended.forEach(id -> judgements.clear(tenantId, id));
		return judgeUnderWay(tenantId, underWay);
	}

	/**
	 * Every project under way in the enterprise, a batch at a time, after clearing the lights of those
	 * that ended; answers how many it judged.
	 */
	public int judgeAll(long tenantId) {
		judgements.clearEnded(tenantId);
		int judged = 0;
		long after = 0;
		List<UnderWay> batch;
		do {
			batch = judgements.underWayAfter(tenantId, after, BATCH);
			judged += judgeUnderWay(tenantId, batch);
			after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
		}
		while (batch.size() == BATCH);
		return judged;
	}

	private int judgeUnderWay(long tenantId, List<UnderWay> projects) {
		if (projects.isEmpty()) {
			return 0;
		}
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		Map<Long, Counts> counts = tasks.of(tenantId, projects.stream().map(UnderWay::id).toList(), today);
		Map<Long, Judgement> judged = new LinkedHashMap<>();
		for (UnderWay project : projects) {
			Counts open = counts.getOrDefault(project.id(), Counts.NONE);
			HealthFacts facts = new HealthFacts(today, project.currentPhase(), project.gatePlannedOn(), List.of(),
					open.open(), open.overdue(), null, null);
			judged.put(project.id(), new Judgement(HealthRules.judge(facts), null));
		}
		judgements.record(tenantId, judged, clock.instant());
		return judged.size();
	}
}
