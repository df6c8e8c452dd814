package kz.qorgau.earlywarning.control;

import static kz.qorgau.security.Caller.ADMIN;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Date;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hibernate.Session;

import kz.qorgau.audit.control.AuditTrail;
import kz.qorgau.audit.entity.AuditAction;
import kz.qorgau.earlywarning.entity.RegionEvaluation;
import kz.qorgau.platform.InvalidInput;
import kz.qorgau.platform.RecordNotFound;
import kz.qorgau.platform.control.ThisNode;
import kz.qorgau.schools.entity.Region;
import kz.qorgau.security.Caller;

/**
 * Re-evaluations of whole regions as a Jakarta Batch job ({@code region-evaluation}): started by an admin or by the
 * nightly timer, restartable from the last checkpoint, with progress kept beside the cases it changed. The nightly
 * timer's start and the batch job's bookkeeping are {@code @PermitAll}: they run without a caller.
 */
@Stateless
public class RegionEvaluations {

    static final String JOB = "region-evaluation";
    static final String RECORD_TYPE = "region-evaluation";

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    EvaluationWatch watch;

    /** On demand, by an admin: the start is audited. */
    @RolesAllowed(ADMIN)
    public RegionEvaluationView start(@NotNull(message = "{request.body.required}") @Valid EvaluationRequest request,
                                      Caller caller) {
        RegionEvaluationView started = start(request.regionId(), request.blockSize(), caller.username());
        audit.record(caller, AuditAction.CREATE, RECORD_TYPE, started.id());
        return started;
    }

    /** @param blockSize students per transaction and checkpoint, or null for the job's default */
    @PermitAll
    public RegionEvaluationView start(long regionId, Integer blockSize, String requestedBy) {
        if (em.find(Region.class, regionId) == null) {
            throw new RecordNotFound("region", regionId);
        }
        Properties parameters = new Properties();
        parameters.setProperty("regionId", String.valueOf(regionId));
        parameters.setProperty("requestedBy", requestedBy);
        if (blockSize != null) {
            parameters.setProperty("blockSize", String.valueOf(blockSize));
        }
        return view(submitted(operator().start(JOB, parameters)));
    }

    /**
     * A run may wait for a batch thread far longer than {@link EvaluationWatch#UNBEGUN} when many regions start at
     * once, as they do every night: this node beats for it from its submission on, so that no node takes it for lost.
     */
    private long submitted(long executionId) {
        watch.started(executionId);
        return executionId;
    }

    /** Starts a stopped or failed run again from its last checkpoint; the result is a new execution. */
    @RolesAllowed(ADMIN)
    public RegionEvaluationView restart(long executionId) {
        JobExecution execution = execution(executionId);
        if (!execution.getBatchStatus().name().matches("STOPPED|FAILED")) {
            throw new InvalidInput("evaluation.not-restartable", String.valueOf(executionId),
                    execution.getBatchStatus().name());
        }
        return view(submitted(operator().restart(executionId, operator().getParameters(executionId))));
    }

    @RolesAllowed(ADMIN)
    public RegionEvaluationView stop(long executionId) {
        JobExecution execution = execution(executionId);
        if (!execution.getBatchStatus().name().matches("STARTING|STARTED")) {
            throw new InvalidInput("evaluation.not-running", String.valueOf(executionId),
                    execution.getBatchStatus().name());
        }
        operator().stop(executionId);
        return view(executionId);
    }

    @RolesAllowed(ADMIN)
    public RegionEvaluationView view(long executionId) {
        JobExecution execution = execution(executionId);
        long instanceId = operator().getJobInstance(executionId).getInstanceId();
        return view(execution, operator().getParameters(executionId), () -> run(instanceId, executionId));
    }

    /**
     * The execution of a job running on this server is live, and its last block commits just before its status
     * turns: the status is taken before the figures, so that a run shown as ended shows all its blocks.
     */
    static RegionEvaluationView view(JobExecution execution, Properties parameters,
                                     Supplier<Optional<RegionEvaluation>> figures) {
        String status = execution.getBatchStatus().name();
        Instant endedAt = instant(execution.getEndTime());
        Optional<RegionEvaluation> progress = figures.get();
        return new RegionEvaluationView(execution.getExecutionId(), Long.parseLong(parameters.getProperty("regionId")),
                status,
                progress.map(RegionEvaluation::getContinuesExecutionId).orElse(null),
                progress.map(RegionEvaluation::getStudentsTotal).orElse(0),
                progress.map(RegionEvaluation::getStudentsBefore).orElse(0),
                progress.map(RegionEvaluation::getStudentsDone).orElse(0),
                progress.map(RegionEvaluation::getCasesOpened).orElse(0),
                progress.map(RegionEvaluation::getCasesChanged).orElse(0),
                parameters.getProperty("requestedBy"), instant(execution.getStartTime()), endedAt);
    }

    /** The run's own row, or the row its whole job instance shared before migration V26. */
    private Optional<RegionEvaluation> run(long instanceId, long executionId) {
        return em.createQuery("""
                        select e from RegionEvaluation e
                        where e.jobExecutionId = :execution or (e.jobExecutionId is null and e.jobInstanceId = :instance)
                        order by e.jobExecutionId nulls last""", RegionEvaluation.class)
                .setParameter("execution", executionId)
                .setParameter("instance", instanceId)
                .setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    /** The most recent executions first. */
    @RolesAllowed(ADMIN)
    public List<RegionEvaluationView> list(int page, int size) {
        List<Long> ids = operator().getJobInstances(JOB, 0, Integer.MAX_VALUE).stream()
                .flatMap(instance -> operator().getJobExecutions(instance).stream())
                .map(JobExecution::getExecutionId)
                .sorted((a, b) -> Long.compare(b, a))
                .skip((long) page * size)
                .limit(size)
                .toList();
        return ids.stream().map(this::view).toList();
    }

    /**
     * Called once per run before its first block: a first run counts the region's students, a restart continues the
     * latest run of its job instance from the students that run had done (its checkpoint, as both are written in the
     * same transactions).
     */
    @PermitAll
    public void begin(long instanceId, long executionId, long regionId, String requestedBy) {
        List<RegionEvaluation> runs = em.createQuery("""
                        select e from RegionEvaluation e where e.jobInstanceId = :instance
                        order by e.jobExecutionId desc nulls last""", RegionEvaluation.class)
                .setParameter("instance", instanceId)
                .getResultList();
        if (runs.stream().anyMatch(run -> Long.valueOf(executionId).equals(run.getJobExecutionId()))) {
            return;
        }
        if (runs.isEmpty()) {
            int total = em.unwrap(Session.class)
                    .doReturningWork(connection -> RegionSignals.countStudents(connection, regionId));
            em.persist(new RegionEvaluation(instanceId, executionId, regionId, total, requestedBy, Instant.now(),
                    ThisNode.NAME));
        } else {
            em.persist(runs.get(0).continuedBy(executionId, Instant.now(), ThisNode.NAME));
        }
    }

    /** Adds a written block to the run's figures, in the block's transaction. */
    @PermitAll
    public void progress(long executionId, int students, CaseUpdates.Changes changes) {
        em.createQuery("""
                        update RegionEvaluation e
                        set e.studentsDone = e.studentsDone + :students, e.casesOpened = e.casesOpened + :opened,
                            e.casesChanged = e.casesChanged + :changed
                        where e.jobExecutionId = :execution""")
                .setParameter("students", students)
                .setParameter("opened", changes.opened())
                .setParameter("changed", changes.changed())
                .setParameter("execution", executionId)
                .executeUpdate();
    }

    /** Notes, in the block's transaction, the children whose case reached HIGH or CRITICAL in this run. */
    @PermitAll
    public void raised(long instanceId, Collection<Long> studentIds) {
        for (Long student : studentIds) {
            em.createNativeQuery("""
                            insert into region_evaluation_raised (job_instance_id, student_id) values (?1, ?2)
                            on conflict do nothing""")
                    .setParameter(1, instanceId)
                    .setParameter(2, student)
                    .executeUpdate();
        }
    }

    /** The children whose case reached HIGH or CRITICAL during the job, in id order. */
    @PermitAll
    public List<Long> raisedDuring(long instanceId) {
        return em.createNativeQuery("""
                        select student_id from region_evaluation_raised where job_instance_id = ?1
                        order by student_id""", Long.class)
                .setParameter(1, instanceId)
                .getResultList();
    }

    /**
     * This node still runs these executions, or holds them until a batch thread is free: a run that has begun beats
     * in its progress record, one still waiting in its job execution's last update.
     */
    @PermitAll
    public void heartbeat(Collection<Long> executionIds, Instant now) {
        if (executionIds.isEmpty()) {
            return;
        }
        em.createQuery("update RegionEvaluation e set e.heartbeatAt = :now where e.jobExecutionId in :executions")
                .setParameter("now", now)
                .setParameter("executions", executionIds)
                .executeUpdate();
        em.createNativeQuery("""
                        update job_execution set lastupdatedtime = ?1
                        where jobexecutionid = any(?2) and batchstatus = 'STARTING'""")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, executionIds.toArray(Long[]::new))
                .executeUpdate();
    }

    /**
     * Marks FAILED the runs that Jakarta Batch shows as running but whose node has fallen silent since
     * {@code silentSince} (none of {@code ours}: this node runs those), or which have not reached their first block
     * and were last beaten for before {@code unbegunSince}, so that they can be restarted. Each run is taken by one node: a row another node's watch
     * holds is skipped.
     *
     * @return the executions failed here
     */
    @PermitAll
    public List<Long> failSilent(Collection<Long> ours, Instant silentSince, Instant unbegunSince) {
        @SuppressWarnings("unchecked")
        List<Long> silent = em.createNativeQuery("""
                        select x.jobexecutionid from job_execution x
                        join job_instance i using (jobinstanceid)
                        left join region_evaluation e on e.job_execution_id = x.jobexecutionid
                        where i.jobname = ?1 and x.batchstatus in ('STARTING', 'STARTED', 'STOPPING')
                          and ((e.id is not null and e.heartbeat_at < ?2)
                               or (e.id is null and coalesce(x.lastupdatedtime, x.createtime) < ?3))
                        for update of x skip locked""", Long.class)
                .setParameter(1, JOB)
                .setParameter(2, Timestamp.from(silentSince))
                .setParameter(3, Timestamp.from(unbegunSince))
                .getResultList();
        List<Long> failed = silent.stream().filter(id -> !ours.contains(id)).toList();
        if (failed.isEmpty()) {
            return failed;
        }
        em.createNativeQuery("""
                        update partition_execution set batchstatus = 'FAILED', exitstatus = 'CRASHED'
                        where batchstatus in ('STARTING', 'STARTED', 'STOPPING') and stepexecutionid in
                            (select stepexecutionid from step_execution where jobexecutionid = any(?1))""")
                .setParameter(1, failed.toArray(Long[]::new))
                .executeUpdate();
        em.createNativeQuery("""
                        update step_execution set batchstatus = 'FAILED', exitstatus = 'CRASHED', endtime = now()
                        where batchstatus in ('STARTING', 'STARTED', 'STOPPING') and jobexecutionid = any(?1)""")
                .setParameter(1, failed.toArray(Long[]::new))
                .executeUpdate();
        em.createNativeQuery("""
                        update job_execution set batchstatus = 'FAILED', exitstatus = 'CRASHED', endtime = now(),
                            lastupdatedtime = now()
                        where jobexecutionid = any(?1)""")
                .setParameter(1, failed.toArray(Long[]::new))
                .executeUpdate();
        return failed;
    }

    /** Restarts, from its checkpoint, a run that {@link #failSilent} failed; the timer does it without a caller. */
    @PermitAll
    public RegionEvaluationView resume(long executionId) {
        return view(submitted(operator().restart(executionId, operator().getParameters(executionId))));
    }

    /** Once their siblings are settled, the notes have served. */
    @PermitAll
    public void settled(long instanceId) {
        em.createNativeQuery("delete from region_evaluation_raised where job_instance_id = ?1")
                .setParameter(1, instanceId)
                .executeUpdate();
    }

    private static JobExecution execution(long executionId) {
        try {
            JobExecution execution = operator().getJobExecution(executionId);
            if (!JOB.equals(execution.getJobName())) {
                throw new RecordNotFound(RECORD_TYPE, executionId);
            }
            return execution;
        } catch (NoSuchJobExecutionException e) {
            throw new RecordNotFound(RECORD_TYPE, executionId);
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
