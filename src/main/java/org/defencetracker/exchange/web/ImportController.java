package org.defencetracker.exchange.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.defencetracker.exchange.ImportReport;
import org.defencetracker.exchange.ImportService;
import org.defencetracker.shared.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editors' import page: a CSV file of incidents or a full dump, tried as a dry run first. */
@Controller
class ImportController {

    static final String PAGE = "imports/form";

    private final ImportService imports;
    private final MessageSource messages;
    private final UploadLimit limit;

    ImportController(ImportService imports, MessageSource messages, UploadLimit limit) {
        this.imports = imports;
        this.messages = messages;
        this.limit = limit;
    }

    /** The largest upload, as the page names it in the reader's language. */
    @ModelAttribute("maxSize")
    String maxSize(Locale locale) {
        return limit.label(locale);
    }

    @GetMapping("/import")
    String newForm(@RequestParam(name = UploadSizeFilter.TOO_LARGE, required = false) String tooLarge, Model model) {
        model.addAttribute("dryRun", true);
        if (tooLarge != null) {
            model.addAttribute("problem", "import.problem.tooLarge");
        }
        return PAGE;
    }

    @PostMapping("/import")
    String create(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "dry") String mode,
            @RequestParam(defaultValue = "stop") String duplicates,
            Model model,
            Locale locale,
            RedirectAttributes redirect)
            throws IOException {
        boolean dryRun = !"real".equals(mode);
        model.addAttribute("dryRun", dryRun);
        ImportService.Duplicates choice = ImportService.Duplicates.named(duplicates);
        if (choice == null) {
            throw new InvalidParameterException("duplicates", duplicates, "error.parameter.duplicates");
        }
        model.addAttribute("skip", choice == ImportService.Duplicates.SKIP);
        if (file == null
                || (file.isEmpty()
                        && (file.getOriginalFilename() == null
                                || file.getOriginalFilename().isBlank()))) {
            model.addAttribute("problem", "import.problem.noFile");
            return PAGE;
        }
        ImportReport report = imports.importFile(
                file.getBytes(),
                ImportService.Format.announcedBy(file.getOriginalFilename(), file.getContentType()),
                dryRun,
                choice,
                locale);
        if (report.written() && report.skipped().isEmpty()) {
            redirect.addFlashAttribute("message", "import.done");
            redirect.addFlashAttribute("messageArgument", counts(report, locale));
            return "redirect:/import";
        }
        model.addAttribute("report", report);
        model.addAttribute("filename", file.getOriginalFilename());
        model.addAttribute("counts", counts(report, locale));
        return PAGE;
    }

    /** "3 incidents, 2 sources", in the reader's language. */
    private String counts(ImportReport report, Locale locale) {
        return report.counts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> messages.getMessage(
                        "import.count." + e.getKey(), new Object[] {e.getValue()}, e.getKey(), locale))
                .collect(Collectors.joining(", "));
    }
}
