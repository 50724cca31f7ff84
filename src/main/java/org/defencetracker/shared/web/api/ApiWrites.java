package org.defencetracker.shared.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.defencetracker.shared.InputValidator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;

/**
 * The steps every record's writes in the JSON API share, written once: a body is checked by the form's rules and
 * every refusal answers 400; an update must name the version it read; a refusal of the service that belongs to one
 * field ("this number is taken") answers 400 at that field, as a check would; a new record answers 201 with its
 * address. What differs between record kinds, how a body is read into a command and saved, stays in each kind's
 * controller, which gets its writes once from {@link ApiCollections}.
 */
public final class ApiWrites {

    /** A body of the API that carries the version it was read at, required for an update. */
    public interface Versioned {

        Long version();

        /** The version as a property, so that a missing one is rejected by its name. */
        default Long getVersion() {
            return version();
        }
    }

    /** A refusal of the service that belongs to one field of the body. */
    private record Refusal(String field, String code) {}

    private final Map<Class<? extends RuntimeException>, Refusal> refusals = new LinkedHashMap<>();

    private final InputValidator input;
    private final String collection;

    /** @param collection the address of the kind's records, such as {@code "/api/v1/acts"} */
    ApiWrites(InputValidator input, String collection) {
        this.input = input;
        this.collection = collection;
    }

    /** Answers a refusal of the service as the problem of {@code field}, with the bundle's message {@code code}. */
    public ApiWrites refusing(Class<? extends RuntimeException> refusal, String field, String code) {
        refusals.put(refusal, new Refusal(field, code));
        return this;
    }

    /**
     * A new record's body read into its command by {@code checks}, which reject what they refuse in the errors
     * given; 400 with every refusal.
     */
    public <C> Checked<C> check(Object body, Function<BindingResult, C> checks) throws BindException {
        return check(body, false, checks);
    }

    /** An update's body read as {@link #check} does; refused too when it names no version. */
    public <C> Checked<C> checkUpdate(Versioned body, Function<BindingResult, C> checks) throws BindException {
        return check(body, body.version() == null, checks);
    }

    private <C> Checked<C> check(Object body, boolean versionMissing, Function<BindingResult, C> checks)
            throws BindException {
        BindingResult errors = input.validate(body);
        if (versionMissing) {
            errors.rejectValue("version", "edit.versionMissing");
        }
        C command = checks.apply(errors);
        ApiInput.refuseIfInvalid(errors);
        return new Checked<>(command, errors);
    }

    /** 201 with the address of the record saved under {@code id}, and the record as the API writes it. */
    public <J> ResponseEntity<J> created(long id, J saved) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).body(saved);
    }

    /** Problem details with {@code status}, for a refusal that belongs to no field of the body. */
    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request) {
        return ApiProblems.problem(status, detail, request);
    }

    /**
     * To throw for a write that would add what may be on record already: 409 with problem details naming the ids
     * under {@code property}. Thrown rather than returned, so that the operation's answer keeps its one type.
     */
    public static ErrorResponseException conflict(String detail, String property, Object ids) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setProperty(property, ids);
        return new ErrorResponseException(HttpStatus.CONFLICT, problem, null);
    }

    /** A body that passed its checks: the command made of it, saved by {@link #save}. */
    public final class Checked<C> {

        private final C command;
        private final BindingResult errors;

        private Checked(C command, BindingResult errors) {
            this.command = command;
            this.errors = errors;
        }

        public C command() {
            return command;
        }

        /** What {@code save} answers for the command; a refusal of the service for one field answers 400. */
        public <R> R save(Function<C, R> save) throws BindException {
            try {
                return save.apply(command);
            } catch (RuntimeException ex) {
                for (Map.Entry<Class<? extends RuntimeException>, Refusal> known : refusals.entrySet()) {
                    if (known.getKey().isInstance(ex)) {
                        errors.rejectValue(
                                known.getValue().field(), known.getValue().code());
                        throw new BindException(errors);
                    }
                }
                throw ex;
            }
        }
    }
}
