package org.hutong.sales.pipeline;

import java.util.List;

import org.hutong.sales.product.ProductPermissions;
import org.hutong.shared.Texts;
import org.hutong.web.RecordNotFound;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The enterprise's 销售流程 and its 输单原因 list. Every pipeline keeps at least one open stage and
 * its 赢单 and 输单 last (their probabilities are 100 % and 0 %); names are unique in the enterprise
 * (pipelines) or in the pipeline (stages). Refusals go on {@code name} or {@code probability}.
 */
@Service
@Transactional
public class Pipelines {

	/** The stages of a new pipeline: what most of our users' direct sales go through. */
	static final List<Pipeline.OpenStage> DEFAULT_STAGES = List.of(new Pipeline.OpenStage("初步接洽", 10),
			new Pipeline.OpenStage("需求确认", 30), new Pipeline.OpenStage("方案报价", 50),
			new Pipeline.OpenStage("商务谈判", 70));

	static final List<String> DEFAULT_LOST_REASONS = List.of("价格偏高", "技术方案不符", "客户关系不足", "交期不满足",
			"项目取消", "其他");

	private final PipelineRepository pipelines;

	private final LostReasonRepository reasons;

	private final PipelineUsage usage;

	Pipelines(PipelineRepository pipelines, LostReasonRepository reasons, PipelineUsage usage) {
		this.pipelines = pipelines;
		this.reasons = reasons;
		this.usage = usage;
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_READ)
	public List<PipelineView> all() {
		return pipelines.findAllByOrderByPositionAscIdAsc().stream().map(PipelineView::of).toList();
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_READ)
	public PipelineView one(long id) {
		return PipelineView.of(pipelines.findById(id).orElseThrow(RecordNotFound::new));
	}

	@Transactional(readOnly = true)
	@PreAuthorize(ProductPermissions.MAY_READ)
	public List<LostReason> lostReasons() {
		return reasons.findAllByOrderByPositionAscIdAsc();
	}

	/** A new pipeline with the default stages; answers its id, or null when {@code errors} says why not. */
	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	public Long create(String rawName, Errors errors) {
		String name = name(rawName, Pipeline.NAME_LENGTH, errors);
		if (name != null && pipelines.existsByName(name)) {
			errors.rejectValue("name", "pipeline.name.taken");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return pipelines.save(new Pipeline(name, (int) pipelines.count() + 1, DEFAULT_STAGES, "赢单", "输单")).getId();
	}

	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	public void rename(long id, String rawName, Errors errors) {
		Pipeline pipeline = pipelines.findById(id).orElseThrow(RecordNotFound::new);
		String name = name(rawName, Pipeline.NAME_LENGTH, errors);
		if (name != null && pipelines.existsByNameAndIdNot(name, id)) {
			errors.rejectValue("name", "pipeline.name.taken");
		}
		if (!errors.hasErrors()) {
			pipeline.rename(name);
		}
	}

	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	public void addStage(long id, String rawName, Integer probability, Errors errors) {
		Pipeline pipeline = pipelines.findById(id).orElseThrow(RecordNotFound::new);
		String name = stageName(pipeline, rawName, null, errors);
		checkProbability(probability, errors);
		if (pipeline.getStages().size() >= Pipeline.MAX_STAGES) {
			errors.reject("pipeline.stages.tooMany", new Object[] { Pipeline.MAX_STAGES }, null);
		}
		if (!errors.hasErrors()) {
			pipeline.addStage(name, probability);
		}
	}

	/** Changes a stage's name, probability and what it requires; a final stage keeps 100 % or 0 %. */
	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	public void changeStage(long id, long stageId, String rawName, Integer probability, boolean requiresAmount,
			boolean requiresCloseDate, Errors errors) {
		Pipeline pipeline = pipelines.findById(id).orElseThrow(RecordNotFound::new);
		Stage stage = pipeline.stage(stageId).orElseThrow(RecordNotFound::new);
		String name = stageName(pipeline, rawName, stageId, errors);
		if (!stage.isFinal()) {
			checkProbability(probability, errors);
		}
		if (!errors.hasErrors()) {
			stage.change(name, probability == null ? stage.getProbability() : probability, requiresAmount,
					requiresCloseDate);
		}
	}

	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	public void moveStage(long id, long stageId, boolean up) {
		pipelines.findById(id).orElseThrow(RecordNotFound::new).move(stageId, up);
	}

	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	public void removeStage(long id, long stageId, Errors errors) {
		Pipeline pipeline = pipelines.findById(id).orElseThrow(RecordNotFound::new);
		pipeline.stage(stageId).orElseThrow(RecordNotFound::new);
		if (usage.stageInUse(stageId)) {
			errors.reject("pipeline.stage.inUse");
		}
		else if (!pipeline.removeStage(stageId)) {
			errors.reject("pipeline.stage.kept");
		}
	}

	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	public void addLostReason(String rawName, Errors errors) {
		String name = name(rawName, LostReason.NAME_LENGTH, errors);
		if (name != null && reasons.existsByName(name)) {
			errors.rejectValue("name", "pipeline.lostReason.taken");
		}
		if (!errors.hasErrors()) {
			reasons.save(new LostReason(name, (int) reasons.count() + 1));
		}
	}

	@PreAuthorize(ProductPermissions.MAY_ADMINISTER)
	public void removeLostReason(long id, Errors errors) {
		LostReason reason = reasons.findById(id).orElseThrow(RecordNotFound::new);
		if (usage.lostReasonInUse(id)) {
			errors.reject("pipeline.lostReason.inUse");
		}
		else {
			reasons.delete(reason);
		}
	}

	/** Gives the current enterprise the default pipeline and lost reasons when it has none. */
	void seedDefaults() {
		if (pipelines.count() == 0) {
			pipelines.save(new Pipeline("直销", 1, DEFAULT_STAGES, "赢单", "输单"));
		}
		if (reasons.count() == 0) {
			for (int i = 0; i < DEFAULT_LOST_REASONS.size(); i++) {
				reasons.save(new LostReason(DEFAULT_LOST_REASONS.get(i), i + 1));
			}
		}
	}

	/** A pipeline of the demo, with its own stages. */
	void seed(String name, List<Pipeline.OpenStage> open, String won, String lost) {
		if (!pipelines.existsByName(name)) {
			pipelines.save(new Pipeline(name, (int) pipelines.count() + 1, open, won, lost));
		}
	}

	private static String stageName(Pipeline pipeline, String raw, Long self, Errors errors) {
		String name = name(raw, Stage.NAME_LENGTH, errors);
		if (name != null && pipeline.getStages().stream()
			.anyMatch(stage -> stage.getName().equals(name) && !stage.getId().equals(self))) {
			errors.rejectValue("name", "pipeline.stage.taken");
		}
		return name;
	}

	private static void checkProbability(Integer probability, Errors errors) {
		if (probability == null) {
			errors.rejectValue("probability", "pipeline.required");
		}
		else if (probability < 0 || probability > 100) {
			errors.rejectValue("probability", "pipeline.probability.range");
		}
	}

	private static String name(String raw, int max, Errors errors) {
		String name = Texts.clean(raw);
		if (name == null) {
			errors.rejectValue("name", "pipeline.required");
		}
		else if (name.length() > max) {
			errors.rejectValue("name", "pipeline.tooLong", new Object[] { max }, null);
		}
		return name;
	}
}
